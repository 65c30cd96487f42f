/*
 * Detects: the sysroot keeps its C headers in include/wasm32-wasip1/ (the
 *   per-target layout), checked by compiling <stdio.h> from there alone.
 * Kind: compile
 * Macro: WASISHIM_SYSROOT_INCLUDE_TRIPLE_DIR
 * Seen: include/<triple>/ from SDK 22; up to 21 only include/ (wasi-libc
 *   Makefile 21 -> 22, catalogue row 13).
 * Link: https://github.com/WebAssembly/wasi-sdk/releases/tag/wasi-sdk-22
 * Flags: -nostdlibinc -isystem =/include/wasm32-wasip1
 */
/* clang reads a leading "=" in -isystem as "inside the sysroot". */
#include <stdio.h>

int probe(void);
int probe(void) {
  return puts("x");
}
