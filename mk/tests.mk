# The tests of one SDK (included by mk/sdk.mk): the cmocka tests in wasm
# (tests/wasm/), and the uniformity transcript (tests/uniformity/), both
# built with wasishim's flags alone.
TEST_SRCS := $(sort $(wildcard tests/wasm/test_*.c))
TEST_WASMS := $(TEST_SRCS:tests/wasm/%.c=$(BUILD)/tests/%.wasm)
# cmocka needs setjmp/longjmp, which wasm gets through exception handling.
CMOCKA := $(BUILD)/cmocka

.PHONY: test test-forced uniformity
test: $(TEST_WASMS)
	@tools/test/run-wasm $(BUILD) $(BUILD)/tests/summary $(TEST_WASMS)

$(CMOCKA)/lib/libcmocka.a: tools/test/build-cmocka shim/setjmp.c include/wasishim/setjmp.h $(wildcard tests/support/noeh/*) $(BUILD)/toolchain.sh
	@tools/test/build-cmocka $(BUILD) $(CMOCKA)

# Tests see wasishim's surface: wrapper headers and libwasishim.
$(BUILD)/tests/%.wasm: tests/wasm/%.c $(CMOCKA)/lib/libcmocka.a $(LIBWASISHIM) $(WRAPPERS)
	@mkdir -p $(@D)
	@echo "  CC     $@"
	@$(CC_SDK) -std=c11 -O1 $(WARN) $(SHIM_CFLAGS) @$(CMOCKA)/cflags.rsp $< -o $@.tmp \
	  @$(CMOCKA)/libs.rsp $(SHIM_LIBS) && mv $@.tmp $@

# What this SDK's calls give with wasishim, compared across SDKs by
# tools/test/uniformity.
UNI := $(BUILD)/uniformity
uniformity: $(UNI)/transcript.txt
$(UNI)/transcript.wasm: tests/uniformity/transcript.c $(LIBWASISHIM) $(WRAPPERS)
	@mkdir -p $(@D)
	@$(CC_SDK) -std=c11 -O1 $(WARN) $(SHIM_CFLAGS) $< -o $@.tmp $(SHIM_LIBS) && mv $@.tmp $@
$(UNI)/transcript.txt: $(UNI)/transcript.wasm $(wildcard tools/run/*)
	@rm -rf $(UNI)/run && mkdir -p $(UNI)/run
	@cd $(UNI)/run && WASI_RUN_TIMEOUT=60 ../../../../tools/sdk/run ../.. ../transcript.wasm >../transcript.tmp
	@mv $(UNI)/transcript.tmp $@

# The replacements of the thread modules (or FORCE=<modules>) forced where
# this SDK's libc would keep its own, with those modules' tests
# (tools/test/forced): how a replacement meant for wasi-sdk 34 is tested on
# the SDKs there are.
test-forced: $(CMOCKA)/lib/libcmocka.a $(LIBWASISHIM) $(WRAPPERS)
	@tools/test/forced $(BUILD) $(FORCE)
