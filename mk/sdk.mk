# Everything built for one SDK, in $(BUILD) = build/<sdk-id>/. The top-level
# Makefile selects the SDK and calls this file; tools/sdk-config wrote the
# toolchain it includes.
ifeq ($(BUILD),)
$(error mk/sdk.mk needs BUILD=build/<sdk-id>)
endif
include $(BUILD)/toolchain.mk

WERROR ?= -Werror
WARN := -Wall -Wextra $(WERROR) -Wundef
# cmocka needs setjmp/longjmp, which wasm gets through exception handling.
CMOCKA := $(BUILD)/cmocka

TEST_SRCS := $(sort $(wildcard tests/wasm/test_*.c))
TEST_WASMS := $(TEST_SRCS:tests/wasm/%.c=$(BUILD)/tests/%.wasm)

include mk/probe.mk

# The after-shim probe pass reuses the probe engine and nothing else.
ifneq ($(PASS),after)
include mk/shim.mk

# CPython 3.11 with wasishim: its flags, and the config.site measured with
# the shim.
WASISHIM_CFLAGS = $(SHIM_CFLAGS)
WASISHIM_LDFLAGS = -L$(ABS_BUILD)
WASISHIM_LIBS = $(SHIM_LIBS)
WASISHIM_DEPS := $(LIBWASISHIM) $(WRAPPERS)
CPYTHON_CONFIG_SITE := $(BUILD)/after/config.site
include mk/cpython.mk

.PHONY: test
test: $(TEST_WASMS)
	@tools/run-tests $(BUILD)/tests/summary $(TEST_WASMS)

$(CMOCKA)/lib/libcmocka.a: tools/build-cmocka $(wildcard tests/support/sjlj/*) $(BUILD)/toolchain.mk
	@WASI_CC='$(WASI_CC)' WASI_AR='$(AR)' tools/build-cmocka $(CMOCKA)

# The uniformity transcript (tests/uniformity/): what this SDK's calls give
# with wasishim, compared across SDKs by tools/uniformity.
UNI := $(BUILD)/uniformity
.PHONY: uniformity
uniformity: $(UNI)/transcript.txt
$(UNI)/transcript.wasm: tests/uniformity/transcript.c $(LIBWASISHIM) $(WRAPPERS)
	@mkdir -p $(@D)
	@$(WASI_CC) -std=c11 -O1 $(WARN) $(SHIM_CFLAGS) $< -o $@.tmp $(SHIM_LDFLAGS) && mv $@.tmp $@
$(UNI)/transcript.txt: $(UNI)/transcript.wasm tools/wasi-run
	@rm -rf $(UNI)/run && mkdir -p $(UNI)/run
	@cd $(UNI)/run && WASI_RUN_TIMEOUT=60 ../../../../tools/wasi-run ../transcript.wasm >../transcript.tmp
	@mv $(UNI)/transcript.tmp $@

# Tests see wasishim's surface: wrapper headers and libwasishim.
$(BUILD)/tests/%.wasm: tests/wasm/%.c $(CMOCKA)/lib/libcmocka.a $(LIBWASISHIM) $(WRAPPERS)
	@mkdir -p $(@D)
	@echo "  CC     $@"
	@$(WASI_CC) -std=c11 -O1 $(WARN) $(SHIM_CFLAGS) $$(cat $(CMOCKA)/cflags) $< -o $@.tmp \
	  $$(cat $(CMOCKA)/libs) $(SHIM_LDFLAGS) && mv $@.tmp $@
endif
