# libwasishim.a from the replacements wasishim-report select chose for this SDK
# ($(BUILD)/shim/sources). Run by mk/shim.mk once that choice exists, so the
# list read here is always the current one.
WERROR ?= -Werror
WARN := -Wall -Wextra $(WERROR) -Wundef
SHIM_DIR := $(BUILD)/shim
SHIM_OBJS := $(patsubst %.c,$(SHIM_DIR)/%.o,$(notdir $(shell cat $(SHIM_DIR)/sources)))
CC_SDK := tools/sdk/cc $(BUILD)

$(BUILD)/libwasishim.a: $(SHIM_OBJS) $(SHIM_DIR)/sources
	@rm -f $@.tmp
	@tools/sdk/cc --ar $(BUILD) rcs $@.tmp $(SHIM_OBJS) && mv $@.tmp $@
	@echo "  AR     $@ ($(words $(SHIM_OBJS)) replacement objects)"

# A module's Compile: flags come as $(SHIM_DIR)/<file>.rsp (wasishim-report select).
$(SHIM_DIR)/%.o: shim/%.c $(wildcard shim/*.h) $(wildcard include/wasishim/wasishim/*.h) $(BUILD)/include/wasishim/shim.h
	@echo "  CC     $@"
	@$(CC_SDK) -std=c11 -O2 $(WARN) -I$(BUILD)/include -Ishim @$(SHIM_DIR)/emulations.rsp \
	  $(if $(wildcard $(SHIM_DIR)/$*.rsp),@$(SHIM_DIR)/$*.rsp) -c $< -o $@
