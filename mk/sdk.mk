# Everything built for one SDK and runtime, in $(BUILD) = build/<id>/. The
# top-level Makefile selects them and calls this file; tools/sdk/config
# wrote the toolchain: toolchain.mk (plain words) for make, toolchain.sh
# (the paths, which may hold any character) for the tools, so no path
# passes through make. CC_SDK compiles with the SDK's own clang.
ifeq ($(BUILD),)
$(error mk/sdk.mk needs BUILD=build/<id>)
endif
include $(BUILD)/toolchain.mk

WERROR ?= -Werror
WARN := -Wall -Wextra $(WERROR) -Wundef
CC_SDK := tools/sdk/cc $(BUILD)

include mk/probe.mk
include mk/shim.mk
include mk/tests.mk
include mk/cpython.mk
