# libwasishim.a from the replacements tools/shim-select chose for this SDK
# ($(BUILD)/shim/sources). Run by mk/shim.mk once that choice exists, so the
# list read here is always the current one.
include $(BUILD)/toolchain.mk
WERROR ?= -Werror
WARN := -Wall -Wextra $(WERROR) -Wundef
SHIM_DIR := $(BUILD)/shim
SHIM_OBJS := $(patsubst %.c,$(SHIM_DIR)/%.o,$(notdir $(shell cat $(SHIM_DIR)/sources)))
SHIM_FLAGS := $(shell cat $(SHIM_DIR)/cflags)

$(BUILD)/libwasishim.a: $(SHIM_OBJS) $(SHIM_DIR)/sources
	@rm -f $@.tmp
	@$(AR) rcs $@.tmp $(SHIM_OBJS) && mv $@.tmp $@
	@echo "  AR     $@ ($(words $(SHIM_OBJS)) replacement objects)"

$(SHIM_DIR)/%.o: shim/%.c $(wildcard shim/*.h) $(BUILD)/include/wasishim/shim.h
	@echo "  CC     $@"
	@$(WASI_CC) -std=c11 -O2 $(WARN) -I$(BUILD)/include -Ishim $(SHIM_FLAGS) -c $< -o $@
