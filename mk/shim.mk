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
SHIM_LIBS = -lwasishim $(shell cat $(SHIM_DIR)/libs)
SHIM_LDFLAGS = -L$(ABS_BUILD) $(SHIM_LIBS)

$(SHIM_DIR)/selected: $(wildcard shim/*.tsv) $(PROBE_RESULTS) tools/shim-select mk/shim.mk
	@tools/shim-select . $(BUILD)
	@touch $@

# A make of its own reads the chosen list only once the choice is made.
$(LIBWASISHIM): $(SHIM_DIR)/selected $(wildcard shim/*.c shim/*.h) mk/shim-lib.mk
	@$(MAKE) --no-print-directory -f mk/shim-lib.mk BUILD=$(BUILD)

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

after: $(AFTER)/config.site
$(AFTER)/config.site: $(AFTER)/toolchain.mk $(LIBWASISHIM) $(WRAPPERS) probes/config-site.tsv
	@$(MAKE) --no-print-directory -f mk/sdk.mk BUILD=$(AFTER) probe
