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

.PHONY: help sdks check format clean distclean
help:
	@echo "make check        build and run the tests (every test SDK, or the selected one)"
	@echo "make sdks         install the test SDKs under build/sdks/"
	@echo "make format       clang-format the C sources"
	@echo "select an SDK with SDK=<$(TEST_SDKS)> or WASI_SDK_PATH=<dir>"

sdks:
	@tools/install-sdks

check:
ifeq ($(SDK_IDS),)
	@tools/install-sdks
	@tools/check $(TEST_SDKS)
else
	@tools/check $(SDK_IDS)
endif

C_SOURCES = $(shell git ls-files '*.c' '*.h')
format:
	clang-format -i $(C_SOURCES)

clean:
	rm -rf $(filter-out build/sdks build/downloads build/src,$(wildcard build/*))

distclean:
	rm -rf build
