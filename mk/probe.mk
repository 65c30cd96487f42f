# The probe engine for one SDK (included by mk/sdk.mk): tools/probe/engine
# measures the whole catalogue in one go (docs/probe-engine.md) and writes
# the outputs with the report tool; it redoes everything when any input
# changes, which takes a few seconds.
REPORT_TOOL := build/host/wasishim-report
# The engine starts on the interpreter itself, not on a version manager's
# python3 script (tools/probe/interpreter says why), and without site
# packages (-S): it needs the standard library alone.
ENGINE_PYTHON := build/host/python3
ENGINE := $(ENGINE_PYTHON) -S tools/probe/engine
OUTPUTS := $(BUILD)/report.tsv $(BUILD)/report.json $(BUILD)/report.md \
  $(BUILD)/config.site $(BUILD)/include/wasishim/config.h
PROBE_INPUTS := $(wildcard probes/*.c probes/*.h probes/*.tsv modules/* tools/probe/* tools/probe/probing/*.py tools/run/*) \
  $(BUILD)/toolchain.sh $(REPORT_TOOL)

$(REPORT_TOOL): $(wildcard tools/report/*.c tools/report/*.h) tools/report/build
	@tools/report/build $(WERROR)

$(ENGINE_PYTHON):
	@tools/probe/interpreter $@

$(OUTPUTS) &: $(PROBE_INPUTS) | $(ENGINE_PYTHON)
	@$(ENGINE) $(BUILD)

.PHONY: probe
probe: $(OUTPUTS)
