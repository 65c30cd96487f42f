/*
 * Detects: the sysroot has headers for WASI 0.2 in include/wasm32-wasip2/.
 * Kind: compile
 * Macro: WASISHIM_SYSROOT_INCLUDE_WASIP2_DIR
 * Seen: wasi-sdk 22+ (catalogue rows 12 and 27); partial sysroots may not.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/477
 * Flags: -nostdlibinc -isystem =/include/wasm32-wasip2
 */
/* clang reads a leading "=" in -isystem as "inside the sysroot". */
#include <stdio.h>

int probe(void);
int probe(void) {
  return puts("x");
}
