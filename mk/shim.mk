# The shim for one SDK (included by mk/sdk.mk): tools/shim-select chooses
# the replacements from this SDK's probe results; only those are compiled
# into $(BUILD)/libwasishim.a. docs/shim-design.md explains the parts.
SHIM_DIR := $(BUILD)/shim
LIBWASISHIM := $(BUILD)/libwasishim.a
ABS_BUILD := $(abspath $(BUILD))
WRAPPERS := $(shell find include/wasishim -name '*.h' 2>/dev/null)

# What a program needs to see wasishim's surface. Expanded in recipes only,
# once the selection exists.
SHIM_CFLAGS = -I$(CURDIR)/include/wasishim -I$(ABS_BUILD)/include $(shell cat $(SHIM_DIR)/cflags)
SHIM_LDFLAGS = -L$(ABS_BUILD) -lwasishim $(shell cat $(SHIM_DIR)/libs)

$(SHIM_DIR)/selected: $(wildcard shim/*.tsv) $(PROBE_RESULTS) tools/shim-select
	@tools/shim-select . $(BUILD)
	@sed 's|^\(shim/\)\{0,1\}\(.*\)\.c$$|SHIM_OBJS += $$(SHIM_DIR)/\2.o|' $(SHIM_DIR)/sources >$(SHIM_DIR)/objs.mk
	@touch $@

# The object list is known once the selection is made: make restarts then.
SHIM_OBJS :=
include $(SHIM_DIR)/objs.mk
$(SHIM_DIR)/objs.mk: $(SHIM_DIR)/selected

$(SHIM_DIR)/%.o: shim/%.c $(wildcard shim/*.h) $(SHIM_DIR)/selected
	@echo "  CC     $@"
	@$(WASI_CC) -std=c11 -O2 $(WARN) -I$(BUILD)/include -Ishim $$(cat $(SHIM_DIR)/cflags) -c $< -o $@

$(LIBWASISHIM): $(SHIM_OBJS) $(SHIM_DIR)/selected
	@rm -f $@.tmp
	@$(AR) rcs $@.tmp $(SHIM_OBJS) && mv $@.tmp $@
	@echo "  AR     $@ ($(words $(SHIM_OBJS)) replacement objects)"

.PHONY: shim print-flags after
shim: $(LIBWASISHIM)

print-flags: $(LIBWASISHIM)
	@echo 'CC="$(CC)"'
	@echo 'CFLAGS="--target=$(TARGET) --sysroot=$(SYSROOT) $(strip $(SHIM_CFLAGS))"'
	@echo 'LDFLAGS="$(strip $(SHIM_LDFLAGS))"'

# The facts again, with wasishim's flags: what a program built with wasishim
# sees. Its config.site and config.h are the ones to use with the shim.
AFTER := $(BUILD)/after
$(AFTER)/toolchain.mk: $(BUILD)/toolchain.mk $(SHIM_DIR)/selected
	@mkdir -p $(@D)
	@{ sed -e '/^WASI_CC :=/d' -e 's/^SDK_ID := .*/& with wasishim/' $(BUILD)/toolchain.mk; \
	  echo 'WASI_CC := $(WASI_CC) $(strip $(SHIM_CFLAGS))'; \
	  echo 'WASI_LIBS := $(strip $(SHIM_LDFLAGS))'; \
	  echo 'PASS := after'; \
	  echo 'SHIM_DEPS := $(LIBWASISHIM) $(WRAPPERS)'; } >$@.tmp && mv $@.tmp $@

after: $(AFTER)/toolchain.mk $(LIBWASISHIM)
	@$(MAKE) --no-print-directory -f mk/sdk.mk BUILD=$(AFTER) probe
