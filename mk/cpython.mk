# CPython cross-built for WASI with this SDK (included by mk/sdk.mk), PY=3.11
# or 3.13, two ways each:
#   $(BUILD)/cpython$(PY)/           with wasishim: its config.site measured
#                                    with the shim, and its flags
#   $(BUILD)/cpython$(PY)/baseline/  CPython's own config.site-wasm32-wasi,
#                                    no wasishim
# 3.11.2 is configured and built by our harness (tools/cpython/build); 3.13.5
# through CPython's own Tools/wasm/wasi.py, the way its maintainers build it
# (tools/cpython/wasi-py). Each folder gets configure.result, build.result,
# smoke.result, exit.result and (cpython-tests) tests.tsv. A failed step is
# a result, kept until an input changes; `make cpython` fails when a
# wasishim step is not ok, `make cpython-baseline` never does.
PY ?= 3.11
CPY := $(BUILD)/cpython$(PY)
CPY_BASE := $(CPY)/baseline
CPY_SRC := build/src/Python-$(if $(filter 3.13,$(PY)),3.13.5,3.11.2)
CPY_STAMP := $(CPY_SRC)/.wasishim-unpacked
CPYTHON_SMOKE_TIMEOUT ?= 60
CPYTHON_TEST_TIMEOUT ?= 45
CPYTHON_JOBS ?= 2
# The site file of the wasishim build: the one measured with the shim.
CPY_SITE := $(BUILD)/after/config.site

# Unpacked once, for every SDK.
$(CPY_STAMP):
	@tools/cpython/source $(PY) build/downloads build/src >/dev/null

ifeq ($(PY),3.13)
include mk/cpython313.mk
else
# 3.11's configure does not know ac_cv_disable_int_conversion (3.12+ does),
# and Modules/timemodule.c passes CLOCK_* (pointers in wasi-libc) as long,
# an error for clang >= 15: the baseline needs the flag; wasishim's
# config.site carries it itself.
CPY311_BASE_CFLAGS := -Wno-error=int-conversion
CPY_BUILDER := tools/cpython/build

# What a build is made with; rewritten (and the build redone) on change.
# CPY_INPUTS(out, site, with)
define CPY_RULES
$(1)/inputs: FORCE $(if $(3),$(SHIM_DIR)/selected)
	@mkdir -p $(1)
	@{ echo 'site=$(2) with=$(3)'; cat $(BUILD)/toolchain.sh; \
	  [ '$(3)' != wasishim ] || cat $(SHIM_DIR)/cflags $(SHIM_DIR)/libs; } >$(1)/inputs.tmp
	@if cmp -s $(1)/inputs.tmp $(1)/inputs; then rm $(1)/inputs.tmp; else mv $(1)/inputs.tmp $(1)/inputs; fi

$(1)/build.result: $(1)/inputs $(2) $(CPY_STAMP) $(CPY_BUILDER) $(if $(3),$(LIBWASISHIM) $(WRAPPERS))
	@echo "  CPYTHON $(1): configure and make -j$(CPYTHON_JOBS)"
	@CPYTHON_JOBS='$(CPYTHON_JOBS)' CPYTHON_EXTRA_CFLAGS='$(if $(3),,$(CPY311_BASE_CFLAGS))' \
	  $(CPY_BUILDER) $(BUILD) $(1) $(CPY_SRC) $(2) $(3)
endef
$(eval $(call CPY_RULES,$(CPY),$(CPY_SITE),wasishim))
$(eval $(call CPY_RULES,$(CPY_BASE),$(CPY_SRC)/Tools/wasm/config.site-wasm32-wasi,))
endif

# Smoke test, exit and test modules, the same for both versions.
define CPY_RUN_RULES
$(1)/exit.result: $(1)/build.result tests/cpython/smoke.py tools/cpython/smoke $(wildcard tools/run/*)
	@echo "  SMOKE   $(1)"
	@CPYTHON_SMOKE_TIMEOUT='$(CPYTHON_SMOKE_TIMEOUT)' tools/cpython/smoke $(1) tests/cpython/smoke.py

$(1)/tests.tsv: $(1)/build.result tests/cpython/tests.txt tools/cpython/tests $(wildcard tools/run/*)
	@echo "  TESTS   $(1)"
	@CPYTHON_TEST_TIMEOUT='$(CPYTHON_TEST_TIMEOUT)' tools/cpython/tests $(1) tests/cpython/tests.txt
endef
$(eval $(call CPY_RUN_RULES,$(CPY)))
$(eval $(call CPY_RUN_RULES,$(CPY_BASE)))

.PHONY: cpython cpython-tests cpython-baseline cpython-baseline-tests FORCE
# Configure, build, smoke test and exit status with wasishim; fails unless
# all four are ok. Writes $(CPY)/summary ("passed failed") for tools/test/check.
cpython: $(CPY)/exit.result
	@tools/cpython/status $(CPY)

# The test modules of tests/cpython/tests.txt with wasishim; fails only if
# python.wasm did not build.
cpython-tests: $(CPY)/tests.tsv
	@tools/cpython/status --tests $(CPY)

# The same CPython with its own site file: every outcome is a result.
cpython-baseline: $(CPY_BASE)/exit.result
	@tools/cpython/status --record $(CPY_BASE)

cpython-baseline-tests: $(CPY_BASE)/tests.tsv
	@tools/cpython/status --record --tests $(CPY_BASE)

# CPython's whole test suite (tools/cpython/suite): every module its runner
# lists, one python.wasm per module, CPYTHON_SUITE_JOBS (2) at a time, each
# under its limit (CPYTHON_SUITE_TIMEOUT, 300 s, or
# tests/cpython/suite-limits.txt); results in $(CPY)/suite/ (baseline:
# $(CPY_BASE)/suite/). An interrupted run goes on where it stopped.
#   MODULES="test_a test_b"  only these modules
#   AGAIN=timeout,crash      run again the modules with these results
#   OUT=<cpython folder>     a build made elsewhere, run as it is (not rebuilt)
# A wasishim build without python.wasm fails the target; a baseline's is a
# result.
.PHONY: cpython-suite cpython-suite-baseline
CPY_SUITE_FLAGS = $(if $(MODULES),--modules '$(MODULES)') $(if $(AGAIN),--again '$(AGAIN)')
cpython-suite cpython-suite-baseline: export CPYTHON_SUITE_OUT = $(OUT)
cpython-suite: $(if $(OUT),,$(CPY)/build.result)
	@tools/cpython/suite $(CPY_SUITE_FLAGS) "$${CPYTHON_SUITE_OUT:-$(CPY)}"
cpython-suite-baseline: $(if $(OUT),,$(CPY_BASE)/build.result)
	@tools/cpython/suite --record $(CPY_SUITE_FLAGS) "$${CPYTHON_SUITE_OUT:-$(CPY_BASE)}"
