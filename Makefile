# wasishim: see README.md. Select the SDK with SDK=<test SDK> or
# WASI_SDK_PATH=<wasi-sdk install>, the runtime with WASI_RUNNER; outputs go
# to build/<build id>/ (docs/build-folders.md). Paths never pass through
# make: recipes name build folders by id and tools read the paths from
# build/<id>/toolchain.sh, so any folder name works.
TEST_SDKS := $(shell . tools/sdk/test-sdks.sh && echo $$TEST_SDKS)
MAKEFLAGS += --no-print-directory

# The selection as the user wrote it: an environment variable as it is
# (make would expand a $ in it), a command-line one as make reads it;
# single-quoted for the shell.
shq = '$(subst ','\'',$(1))'
raw = $(call shq,$(if $(filter environment,$(origin $(1))),$(value $(1)),$($(1))))
SELECTION = SDK=$(call raw,SDK) WASI_SDK_PATH=$(call raw,WASI_SDK_PATH) \
  WASI_TARGET=$(call raw,WASI_TARGET) WASI_RUNNER=$(call raw,WASI_RUNNER)

# Resolve the selection once, at parse time, so that bad input stops make
# with one line and nothing written.
ifneq ($(SDK)$(WASI_SDK_PATH),)
SDK_IDS := $(shell $(SELECTION) tools/sdk/config --make)
ifneq ($(.SHELLSTATUS),0)
$(error $(SDK_IDS))
endif
endif

# Usage errors stop make before anything runs, in one line.
ifneq ($(filter compare,$(MAKECMDGOALS)),)
ifeq ($(and $(A),$(B)),)
$(error usage: make compare A=<sdk> B=<sdk> [RUNNER_A=<runtime>] [RUNNER_B=<runtime>])
endif
endif
ifneq ($(filter audit-site,$(MAKECMDGOALS)),)
ifeq ($(SITE),)
$(error usage: make audit-site SITE=<config.site file> [SDK=<sdk> | WASI_SDK_PATH=<dir>])
endif
ifneq ($(shell f=$(call raw,SITE); [ -f "$$f" ] && [ -r "$$f" ] && echo ok),ok)
$(error make audit-site: SITE=$(SITE): no such readable file)
endif
endif
ifneq ($(filter install,$(MAKECMDGOALS)),)
ifeq ($(PREFIX),)
$(error make install: set PREFIX=<dir>)
endif
endif

# The SDK that report, probe and the like use when none is selected.
DEFAULT_SDK := yowasp-21.1.4
ONE_SDK = $(if $(SDK_IDS),$(SDK_IDS),$(shell $(SELECTION) SDK=$(DEFAULT_SDK) tools/sdk/config))
SUB = $(MAKE) -f mk/sdk.mk

.PHONY: help sdks runtimes check check-all probe probe-plan report report-all compare shim after test test-forced uniformity \
  print-flags install audit-site bench fuzz test-engine cpython cpython-all cpython-tests cpython-baseline cpython-baseline-tests \
  cpython-suite cpython-suite-baseline cpython-table cpython-site-audit sdk-matrix format clean distclean
help:
	@echo "make report       probe the SDK and print the Markdown report"
	@echo "make report-all   one table of facts by SDK, for every test SDK"
	@echo "make sdk-matrix   write that table to docs/sdk-matrix.md"
	@echo "make compare A=<sdk> B=<sdk> [RUNNER_A=..] [RUNNER_B=..]  what differs (facts, config.site, shim)"
	@echo "make audit-site SITE=<file>  what the SDK's facts contradict in a hand-written config.site"
	@echo "make probe        probe the SDK: build/<id>/{config.site,report.*,include/}"
	@echo "make probe-plan   how the probe engine batches the facts"
	@echo "make shim         build build/<id>/libwasishim.a for the SDK"
	@echo "make print-flags  the CC, CFLAGS and LDFLAGS that give a program wasishim"
	@echo "make install PREFIX=<dir>  headers, libwasishim.a, wasishim.pc, config.site"
	@echo "make test-engine  the probe engine's own tests (recorded tool outputs; no SDK)"
	@echo "make test         the cmocka tests in wasm, with the shim, for the SDK"
	@echo "make test-forced  the thread modules' replacements (or FORCE=<modules>) forced where libc's is kept, with their tests"
	@echo "make uniformity   the SDK's uniformity transcript (tests/uniformity/)"
	@echo "make check        the tests CI runs (every test SDK, or the selected one)"
	@echo "make check-all    those and what CI leaves out (every SDK under wazero too)"
	@echo "make sdks         install the test SDKs under build/sdks/ and the runtimes"
	@echo "make runtimes     install wasmtime (PyPI) and wazero (Debian) under build/runtimes/"
	@echo "make cpython      CPython with wasishim: build, smoke test, exit (PY=3.11 or 3.13)"
	@echo "make cpython-tests            part of CPython's test suite on that build"
	@echo "make cpython-baseline[-tests] the same CPython with its own config.site and no wasishim"
	@echo "make cpython-suite            CPython's whole test suite, one module per process (MODULES=, OUT=)"
	@echo "make cpython-suite-baseline   the same on the baseline build"
	@echo "make cpython-all              every CPython on every test SDK, with tests and baselines (SUITE=1: and the suite)"
	@echo "make cpython-table            docs/cpython.md's tables from the results"
	@echo "make cpython-site-audit       docs/cpython-site-audit.md: audit-site on CPython's own site files, every test SDK"
	@echo "make bench        probe speed (cold, warm, against autoconf), shim size and call cost"
	@echo "make fuzz         run the path-handling fuzzer for FUZZ_SECONDS (default 60)"
	@echo "make format       clang-format the C sources"
	@echo "select an SDK with SDK=<$(TEST_SDKS)> or WASI_SDK_PATH=<dir> (default: $(DEFAULT_SDK))"
	@echo "and a runtime with WASI_RUNNER=<wasmtime|node|wazero|command> (default: wasmtime, the runtime of record)"

probe:
	@$(SUB) BUILD=build/$(ONE_SDK) probe

probe-plan: probe
	@column -t -s "$$(printf '\t')" build/$(ONE_SDK)/probes/plan.tsv | cut -c1-160

shim after:
	@$(SUB) BUILD=build/$(ONE_SDK) $@

# The wasm tests and the uniformity transcript of one SDK, with the shim.
test test-forced uniformity:
	@$(SUB) BUILD=build/$(ONE_SDK) $@

# Build output goes to stderr, so that stdout is only the flags.
print-flags:
	@$(SUB) BUILD=build/$(ONE_SDK) shim >&2
	@tools/shim/flags build/$(ONE_SDK)

install:
	@$(SUB) BUILD=build/$(ONE_SDK) shim after
	@tools/shim/install build/$(ONE_SDK) "$$PREFIX"

report: probe
	@cat build/$(ONE_SDK)/report.md
	@tools/probe/identity-warning build/$(ONE_SDK)

report-all:
	@tools/sdk/install >&2 && tools/run/install
	@for s in $(TEST_SDKS); do SDK=$$s tools/sdk/config >/dev/null && $(SUB) BUILD=build/$$s probe || exit 1; done
	@build/host/wasishim-report matrix $(TEST_SDKS:%=build/%)

sdk-matrix:
	@$(MAKE) -s report-all >build/sdk-matrix.tmp
	@{ echo "# SDK matrix"; echo; \
	  echo "Every fact the probes measure, by test SDK, without wasishim, under wasmtime. Written"; \
	  echo "by \`make sdk-matrix\` (\`tools/sdk/install\` says where each SDK comes from;"; \
	  echo "\`probes/\` what each fact means). With wasishim, the facts of its scope are"; \
	  echo "the same on every SDK: see \`tests/uniformity/\`."; echo; \
	  cat build/sdk-matrix.tmp; } >docs/sdk-matrix.md.tmp && mv docs/sdk-matrix.md.tmp docs/sdk-matrix.md
	@rm -f build/sdk-matrix.tmp

# A and B: test SDK names or wasi-sdk folders; RUNNER_A, RUNNER_B: their
# runtimes (default: WASI_RUNNER, else wasmtime).
compare:
	@tools/probe/compare "$$A" "$${RUNNER_A:-$${WASI_RUNNER:-wasmtime}}" "$$B" "$${RUNNER_B:-$${WASI_RUNNER:-wasmtime}}"

# SITE: a hand-written config.site (CPython's Tools/wasm/config.site-wasm32-wasi),
# judged against the SDK's own facts (docs/cpython-site-audit.md); stdout is
# only the findings.
audit-site:
	@$(SUB) -s BUILD=build/$(ONE_SDK) probe >&2
	@build/host/wasishim-report audit-site build/$(ONE_SDK) . $(call raw,SITE)

sdks:
	@tools/sdk/install >&2 && tools/run/install
runtimes:
	@tools/run/install

check:
ifeq ($(SDK_IDS),)
	@tools/test/check --ci --install $(TEST_SDKS)
else
	@tools/test/check $(SDK_IDS)
endif

check-all:
	@tools/test/check --all --install $(TEST_SDKS)

# The probe engine's own tests: recorded tool outputs, no SDK (seconds).
test-engine:
	@tests/engine/run

bench:
	@tools/test/bench $(ONE_SDK)

# PY: the CPython version (3.11, the default, or 3.13).
PY ?= 3.11
cpython cpython-tests cpython-baseline cpython-baseline-tests cpython-suite cpython-suite-baseline:
ifeq ($(SDK_IDS),)
	@tools/sdk/install >&2 && tools/run/install
	@rc=0; for s in $(TEST_SDKS); do SDK=$$s tools/sdk/config >/dev/null && $(SUB) -j2 BUILD=build/$$s PY=$(PY) $@ || rc=1; done; exit $$rc
else
	@$(SUB) -j2 BUILD=build/$(SDK_IDS) PY=$(PY) $@
endif

cpython-all:
	@tools/sdk/install >&2 && tools/run/install
	@tools/cpython/all $(TEST_SDKS)

cpython-table:
	@tools/cpython/table docs/cpython.md

cpython-site-audit:
	@tools/sdk/install
	@tools/cpython/site-audit docs/cpython-site-audit.md $(TEST_SDKS)

fuzz:
	@tools/test/fuzz

C_SOURCES = $(shell git ls-files '*.c' '*.h')
# clang-format 19 (Debian's clang-format-19, installed when missing), the
# style .clang-format was written for.
format:
	@tools/test/deps clang-format-19
	@clang-format-19 -i $(C_SOURCES)

clean:
	rm -rf $(filter-out build/sdks build/runtimes build/downloads build/src build/apt,$(wildcard build/*))

distclean:
	rm -rf build
