# CPython 3.11.2 cross-built for WASI with this SDK (included by mk/sdk.mk),
# two ways, each configured and built out of tree from one shared source
# tree (build/src/Python-3.11.2, Debian's python3.11 orig tarball):
#   $(BUILD)/cpython/           wasishim: the generated config.site plus
#                               wasishim's flags
#   $(BUILD)/cpython/baseline/  CPython 3.11's own
#                               Tools/wasm/config.site-wasm32-wasi, no wasishim
# Each folder gets configure.result, build.result, smoke.result, exit.result
# and (cpython-tests) tests.tsv: see tools/cpython-build, -smoke, -tests.
# A failed step is a result, kept until an input changes; `make cpython`
# fails when a wasishim step is not ok, `make cpython-baseline` never does.

CPY_SRC := build/src/Python-3.11.2
CPY_STAMP := $(CPY_SRC)/.wasishim-unpacked
CPY := $(BUILD)/cpython
CPY_BASE := $(CPY)/baseline

# wasishim's flags for a CPython build. Empty before the shim exists; they
# go into configure's CFLAGS, LDFLAGS and LIBS (so its link tests see the
# shim too). TODO(shim): fill from `make print-flags`, e.g.
#   WASISHIM_CFLAGS = $(SHIM_CFLAGS)   WASISHIM_LIBS = $(SHIM_LDFLAGS)
WASISHIM_CFLAGS ?=
WASISHIM_LDFLAGS ?=
WASISHIM_LIBS ?=
# What the wasishim build is redone after, e.g. $(LIBWASISHIM) $(WRAPPERS).
WASISHIM_DEPS ?=
# The site file of the wasishim build (mk/sdk.mk: the one measured with
# the shim).
CPYTHON_CONFIG_SITE ?= $(BUILD)/config.site

# The baseline only: 3.11's configure does not know
# ac_cv_disable_int_conversion (3.12+ does), and Modules/timemodule.c passes
# CLOCK_* (pointers in wasi-libc) as long, an error for clang >= 15.
# wasishim's generated config.site carries the flag itself.
CPY311_CFLAGS := -Wno-error=int-conversion

CPYTHON_SMOKE_TIMEOUT ?= 60
CPYTHON_TEST_TIMEOUT ?= 45
CPYTHON_JOBS ?= 2

# Unpacked once; the stamp is written inside the tree before it is renamed
# into place.
$(CPY_STAMP):
	@tools/cpython-source build/downloads build/src >/dev/null

# The flags of each build, by name: expanded when a recipe runs, so that
# wasishim's may come from files that exist only once the shim is built.
CPY_W_CFLAGS = $(WASISHIM_CFLAGS)
CPY_W_LDFLAGS = $(WASISHIM_LDFLAGS)
CPY_W_LIBS = $(WASISHIM_LIBS)
CPY_B_CFLAGS = $(CPY311_CFLAGS)
CPY_NONE =

# CPY_RULES(out, site file, names of: cflags, ldflags, libs; environment,
#   more prerequisites)
define CPY_RULES
# What the build is made with; rewritten (and the build redone) on change.
$(1)/inputs: FORCE
	@mkdir -p $(1)
	@printf '%s\n' 'site=$(2)' 'cc=$(WASI_CC)' 'ar=$(AR) ranlib=$(RANLIB)' \
	  'cflags=$$(strip $$($(3)))' 'ldflags=$$(strip $$($(4)))' 'libs=$$(strip $$($(5)))' \
	  'env=$(6)' >$(1)/inputs.tmp
	@if cmp -s $(1)/inputs.tmp $(1)/inputs; then rm $(1)/inputs.tmp; else mv $(1)/inputs.tmp $(1)/inputs; fi

$(1)/build.result: $(1)/inputs $(filter-out $(CPY_SRC)/%,$(2)) $(CPY_STAMP) tools/cpython-build $(7)
	@echo "  CPYTHON $(1): configure and make -j$(CPYTHON_JOBS)"
	@$(6) WASI_CC='$(WASI_CC)' AR='$(AR)' RANLIB='$(RANLIB)' CPYTHON_JOBS='$(CPYTHON_JOBS)' \
	  CPYTHON_CFLAGS='$$(strip $$($(3)))' CPYTHON_LDFLAGS='$$(strip $$($(4)))' CPYTHON_LIBS='$$(strip $$($(5)))' \
	  tools/cpython-build $(1) $(CPY_SRC) $(2)

$(1)/exit.result: $(1)/build.result tests/cpython/smoke.py tools/cpython-smoke tools/wasi-run tools/wasi-run.mjs
	@echo "  SMOKE   $(1)"
	@CPYTHON_SMOKE_TIMEOUT='$(CPYTHON_SMOKE_TIMEOUT)' tools/cpython-smoke $(1) tests/cpython/smoke.py

$(1)/tests.tsv: $(1)/build.result tests/cpython/tests.txt tools/cpython-tests tools/wasi-run tools/wasi-run.mjs
	@echo "  TESTS   $(1)"
	@CPYTHON_TEST_TIMEOUT='$(CPYTHON_TEST_TIMEOUT)' tools/cpython-tests $(1) tests/cpython/tests.txt
endef

$(eval $(call CPY_RULES,$(CPY),$(CPYTHON_CONFIG_SITE),CPY_W_CFLAGS,CPY_W_LDFLAGS,CPY_W_LIBS,,$(WASISHIM_DEPS)))
$(eval $(call CPY_RULES,$(CPY_BASE),$(CPY_SRC)/Tools/wasm/config.site-wasm32-wasi,CPY_B_CFLAGS,CPY_NONE,CPY_NONE,,))

.PHONY: cpython cpython-tests cpython-baseline cpython-baseline-tests cpython-table FORCE
# Configure, build, smoke test and exit status with wasishim; fails unless
# all four are ok. Writes $(CPY)/summary ("passed failed") for tools/check.
cpython: $(CPY)/exit.result
	@tools/cpython-status $(CPY)

# The test modules of tests/cpython/tests.txt with wasishim; fails only if
# python.wasm did not build.
cpython-tests: $(CPY)/tests.tsv
	@tools/cpython-status --tests $(CPY)

# The same CPython with its own site file: every outcome is a result.
cpython-baseline: $(CPY_BASE)/exit.result
	@tools/cpython-status --record $(CPY_BASE)

cpython-baseline-tests: $(CPY_BASE)/tests.tsv
	@tools/cpython-status --record --tests $(CPY_BASE)

# The results table in docs/cpython.md, from every build/*/cpython/.
cpython-table:
	@tools/cpython-table docs/cpython.md
