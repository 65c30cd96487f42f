# CPython 3.13.5 through its own Tools/wasm/wasi.py (included by
# mk/cpython.mk when PY=3.13): tools/cpython/wasi-py runs the steps of
# tools/cpython/recipe-3.13, with wasishim installed into $(CPY)/prefix, or
# for the baseline with CPython's own site file.
define CPY313_RULES
$(1)/inputs: FORCE $(if $(2),$(SHIM_DIR)/selected)
	@mkdir -p $(1)
	@{ echo 'with=$(2)'; cat $(BUILD)/toolchain.sh; \
	  [ '$(2)' != wasishim ] || cat $(SHIM_DIR)/cflags $(SHIM_DIR)/libs; } >$(1)/inputs.tmp
	@if cmp -s $(1)/inputs.tmp $(1)/inputs; then rm $(1)/inputs.tmp; else mv $(1)/inputs.tmp $(1)/inputs; fi

$(1)/build.result: $(1)/inputs $(CPY_STAMP) tools/cpython/wasi-py tools/cpython/recipe-3.13 \
    $(if $(2),$(LIBWASISHIM) $(WRAPPERS) $(CPY_SITE))
	@echo "  CPYTHON $(1): Tools/wasm/wasi.py"
	@tools/cpython/wasi-py $(BUILD) $(1) $(2)
endef
$(eval $(call CPY313_RULES,$(CPY),wasishim))
$(eval $(call CPY313_RULES,$(CPY_BASE),))
