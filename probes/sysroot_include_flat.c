/*
 * Detects: the sysroot has C headers directly in include/ (the layout of
 *   SDK 21 and older).
 * Kind: compile
 * Macro: WASISHIM_SYSROOT_INCLUDE_FLAT
 * Seen: up to SDK 21; from 22 headers sit in include/<triple>/ only
 *   (catalogue row 13).
 * Link: https://github.com/WebAssembly/wasi-sdk/releases/tag/wasi-sdk-22
 * Flags: -nostdlibinc -isystem =/include
 */
/* clang reads a leading "=" in -isystem as "inside the sysroot". */
#include <stdio.h>

int probe(void);
int probe(void) {
  return puts("x");
}
