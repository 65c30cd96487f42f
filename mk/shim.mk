# The shim for one SDK (included by mk/sdk.mk): the report tool's select
# chooses the replacements from this SDK's probe results and the manifests; only those are compiled
# into $(BUILD)/libwasishim.a. docs/shim-design.md explains the parts.
SHIM_DIR := $(BUILD)/shim
LIBWASISHIM := $(BUILD)/libwasishim.a
WRAPPERS := $(shell find include/wasishim -name '*.h' 2>/dev/null)
# What a program needs to see wasishim's surface: response files (clang's
# @file), which quote paths of any kind.
SHIM_CFLAGS := @$(SHIM_DIR)/cflags.rsp
SHIM_LIBS := @$(SHIM_DIR)/libs.rsp

# select rewrites only the files whose text changed, so a stamp says when it
# ran; one of its outputs gone (removed by hand) makes it run again.
SELECT_OUTPUTS := $(BUILD)/include/wasishim/shim.h $(BUILD)/include/wasishim/wasi-version.h \
  $(SHIM_DIR)/sources $(SHIM_DIR)/emulations.rsp $(SHIM_DIR)/cflags.rsp $(SHIM_DIR)/libs.rsp
$(SHIM_DIR)/selected: $(OUTPUTS) $(REPORT_TOOL) $(wildcard modules/*) \
  $(if $(filter-out $(wildcard $(SELECT_OUTPUTS)),$(SELECT_OUTPUTS)),select-again)
	@$(REPORT_TOOL) select $(BUILD) .
	@touch $@
.PHONY: select-again

# A make of its own reads the chosen list only once the choice is made.
$(LIBWASISHIM): $(SHIM_DIR)/selected $(wildcard shim/*.c shim/*.h include/wasishim/wasishim/*.h) mk/shim-lib.mk
	@$(MAKE) -s -f mk/shim-lib.mk BUILD=$(BUILD)

# The facts again, with wasishim's flags: what a program built with wasishim
# sees. Its config.site and config.h are the ones to use with the shim.
AFTER := $(BUILD)/after
$(AFTER)/config.site: $(LIBWASISHIM) $(WRAPPERS) $(PROBE_INPUTS) | $(ENGINE_PYTHON)
	@$(ENGINE) $(BUILD) --after

.PHONY: shim after
shim: $(LIBWASISHIM)
after: $(AFTER)/config.site
