# wasishim: see README.md. Select the SDK with SDK=<test SDK> or
# WASI_SDK_PATH=<wasi-sdk install>; outputs go to build/<sdk-id>/.
TEST_SDKS := debian-2022 yowasp-21.1.4 yowasp-22.0.0
MAKEFLAGS += --no-print-directory

# Resolve the selection once, at parse time, so that bad input stops make
# with one line and nothing written.
ifneq ($(SDK)$(WASI_SDK_PATH),)
SDK_IDS := $(shell SDK='$(SDK)' WASI_SDK_PATH='$(WASI_SDK_PATH)' WASI_TARGET='$(WASI_TARGET)' tools/sdk-config --make)
ifneq ($(.SHELLSTATUS),0)
$(error $(SDK_IDS))
endif
endif

# The SDK that report, probe and the like use when none is selected.
DEFAULT_SDK := yowasp-21.1.4
ONE_SDK = $(if $(SDK_IDS),$(SDK_IDS),$(shell SDK=$(DEFAULT_SDK) tools/sdk-config))
SUB = $(MAKE) -f mk/sdk.mk

.PHONY: help sdks check probe report report-all compare shim after print-flags install bench fuzz cpython cpython-tests cpython-baseline cpython-baseline-tests cpython-table sdk-matrix format clean distclean
help:
	@echo "make report       probe the SDK and print the Markdown report"
	@echo "make report-all   one table of facts by SDK, for every test SDK"
	@echo "make sdk-matrix   write that table to docs/sdk-matrix.md"
	@echo "make compare A=<sdk> B=<sdk>  the facts that differ (test SDK names or wasi-sdk folders)"
	@echo "make probe        probe the SDK: build/<sdk-id>/{config.site,report.*,include/}"
	@echo "make shim         build build/<sdk-id>/libwasishim.a for the SDK"
	@echo "make print-flags  the CC, CFLAGS and LDFLAGS that give a program wasishim"
	@echo "make install PREFIX=<dir>  headers, libwasishim.a, wasishim.pc, config.site"
	@echo "make check        build and run the tests (every test SDK, or the selected one)"
	@echo "make sdks         install the test SDKs under build/sdks/"
	@echo "make cpython      CPython 3.11.2 with wasishim: build, smoke test, exit (each test SDK, or the selected one)"
	@echo "make cpython-tests            part of CPython's test suite on that build"
	@echo "make cpython-baseline[-tests] the same CPython with its own config.site and no wasishim"
	@echo "make cpython-table            docs/cpython.md's table from the results"
	@echo "make bench        probe speed (cold, warm, against autoconf), shim size and call cost"
	@echo "make fuzz         run the path-handling fuzzer for FUZZ_SECONDS (default 60)"
	@echo "make format       clang-format the C sources"
	@echo "select an SDK with SDK=<$(TEST_SDKS)> or WASI_SDK_PATH=<dir> (default: $(DEFAULT_SDK))"

probe:
	@$(SUB) BUILD=build/$(ONE_SDK) probe

shim after:
	@$(SUB) BUILD=build/$(ONE_SDK) $@

# Build output goes to stderr, so that stdout is only the flags.
print-flags:
	@$(SUB) BUILD=build/$(ONE_SDK) shim >&2
	@$(SUB) -s BUILD=build/$(ONE_SDK) print-flags

install:
	@test -n "$(PREFIX)" || { echo "make install: set PREFIX=<dir>"; exit 2; }
	@$(SUB) BUILD=build/$(ONE_SDK) shim after
	@tools/install-wasishim build/$(ONE_SDK) $(PREFIX)

report: probe
	@cat build/$(ONE_SDK)/report.md

report-all:
	@tools/install-sdks
	@for s in $(TEST_SDKS); do SDK=$$s tools/sdk-config >/dev/null && $(SUB) BUILD=build/$$s probe || exit 1; done
	@build/host/wasishim-report matrix $(TEST_SDKS:%=build/%)

sdk-matrix:
	@$(MAKE) -s report-all >build/sdk-matrix.tmp
	@{ echo "# SDK matrix"; echo; \
	  echo "Every fact the probes measure, by test SDK, without wasishim. Written by"; \
	  echo "\`make sdk-matrix\` (\`tools/install-sdks\` says where each SDK comes from;"; \
	  echo "\`probes/\` what each fact means). With wasishim, the facts of its scope are"; \
	  echo "the same on every SDK: see \`tests/uniformity/\`."; echo; \
	  cat build/sdk-matrix.tmp; } >docs/sdk-matrix.md.tmp && mv docs/sdk-matrix.md.tmp docs/sdk-matrix.md
	@rm -f build/sdk-matrix.tmp

# A and B: test SDK names or wasi-sdk folders.
compare:
	@test -n "$(A)" -a -n "$(B)" || { echo "usage: make compare A=<sdk> B=<sdk>"; exit 2; }
	@a=$$(if [ -d '$(A)' ]; then WASI_SDK_PATH='$(A)' tools/sdk-config; else SDK='$(A)' tools/sdk-config; fi) && \
	 b=$$(if [ -d '$(B)' ]; then WASI_SDK_PATH='$(B)' tools/sdk-config; else SDK='$(B)' tools/sdk-config; fi) && \
	 $(SUB) BUILD=build/$$a probe && $(SUB) BUILD=build/$$b probe && \
	 build/host/wasishim-report compare build/$$a build/$$b

sdks:
	@tools/install-sdks

check:
ifeq ($(SDK_IDS),)
	@tools/install-sdks
	@tools/check $(TEST_SDKS)
else
	@tools/check $(SDK_IDS)
endif

bench:
	@tools/bench $(ONE_SDK)

cpython cpython-tests cpython-baseline cpython-baseline-tests:
ifeq ($(SDK_IDS),)
	@tools/install-sdks
	@rc=0; for s in $(TEST_SDKS); do SDK=$$s tools/sdk-config >/dev/null && $(SUB) -j2 BUILD=build/$$s $@ || rc=1; done; exit $$rc
else
	@$(SUB) -j2 BUILD=build/$(SDK_IDS) $@
endif

cpython-table:
	@tools/cpython-table docs/cpython.md

fuzz:
	@tools/fuzz

C_SOURCES = $(shell git ls-files '*.c' '*.h')
format:
	clang-format -i $(C_SOURCES)

clean:
	rm -rf $(filter-out build/sdks build/downloads build/src,$(wildcard build/*))

distclean:
	rm -rf build
