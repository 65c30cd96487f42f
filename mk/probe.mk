# The probe engine for one SDK (included by mk/sdk.mk). Every probe result is
# a file of its own, so make -j runs them in parallel, a second run redoes
# nothing, and an interrupted run leaves only whole results behind.
PROBES := $(BUILD)/probes
HOST := build/host
REPORT_TOOL := $(HOST)/wasishim-report
OUTPUTS := $(BUILD)/report.tsv $(BUILD)/report.json $(BUILD)/report.md \
  $(BUILD)/config.site $(BUILD)/include/wasishim/config.h

# Regenerated (and make restarted) whenever a probe or a table changes.
include $(PROBES)/facts.mk
$(PROBES)/facts.mk: $(wildcard probes/*.c) probes/functions.tsv probes/headers.tsv tools/probe-catalogue
	@tools/probe-catalogue . $(PROBES)

# Results depend on the runtime used: changing WASI_RUNNER, or a runtime
# appearing, reruns the run probes.
RUNNER_KEY := $(WASI_RUNNER)|$(shell command -v node)
$(PROBES)/runner: FORCE
	@mkdir -p $(@D)
	@echo '$(RUNNER_KEY)' | cmp -s - $@ || echo '$(RUNNER_KEY)' >$@

export WASI_CC WASI_LIBS
$(PROBES)/res/%: $(PROBES)/spec/% $(PROBES)/runner $(BUILD)/toolchain.mk tools/probe-one tools/wasi-run $(SHIM_DEPS)
	@tools/probe-one $(BUILD) $*

# Compile probes and generated link probes run in batches (tools/probe-batch).
BATCH_RES := $(PROBE_BATCH:%=$(PROBES)/res/%)
$(BATCH_RES) &: $(PROBE_BATCH:%=$(PROBES)/spec/%) $(BUILD)/toolchain.mk tools/probe-batch \
    tools/probe-one $(SHIM_DEPS)
	@tools/probe-batch $(BUILD) $(PROBE_BATCH)

$(PROBES)/identity: $(BUILD)/toolchain.mk tools/probe-identity
	@SDK_ID='$(SDK_ID)' SDK_DIR='$(SDK_DIR)' TARGET='$(TARGET)' CLANG_MAJOR='$(CLANG_MAJOR)' \
	  SYSROOT='$(SYSROOT)' tools/probe-identity $(BUILD)

$(REPORT_TOOL): $(wildcard tools/report/*.c tools/report/*.h)
	@mkdir -p $(@D)
	@cc -std=c11 -O2 -Wall -Wextra $(WERROR) -Wundef tools/report/*.c -o $@.tmp && mv $@.tmp $@

PROBE_RESULTS := $(PROBE_FACTS:%=$(PROBES)/res/%)
$(OUTPUTS) &: $(PROBE_RESULTS) $(PROBES)/identity $(PROBES)/catalogue.tsv $(REPORT_TOOL) \
    probes/fingerprint.tsv probes/config-site.tsv
	@$(REPORT_TOOL) write $(BUILD) .

.PHONY: probe FORCE
probe: $(OUTPUTS)
