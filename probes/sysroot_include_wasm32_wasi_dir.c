/*
 * Detects: the sysroot still has headers for the old target name, in
 *   include/wasm32-wasi/.
 * Kind: compile
 * Macro: WASISHIM_SYSROOT_INCLUDE_WASM32_WASI_DIR
 * Seen: SDK 22-33 ship both include/wasm32-wasi and include/wasm32-wasip1;
 *   34 removes wasm32-wasi (wasi-sdk PR 637, catalogue row 12).
 * Link: https://github.com/WebAssembly/wasi-sdk/pull/637
 * Flags: -nostdlibinc -isystem =/include/wasm32-wasi
 */
/* clang reads a leading "=" in -isystem as "inside the sysroot". */
#include <stdio.h>

int probe(void);
int probe(void) {
  return puts("x");
}
