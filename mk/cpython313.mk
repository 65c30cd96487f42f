# CPython 3.13.5 through its own Tools/wasm/wasi.py (included by
# mk/cpython.mk when PY=3.13).
$(CPY)/build.result $(CPY_BASE)/build.result:
	@echo "cpython 3.13: not yet" >&2; exit 1
