/*
 * Detects: the sysroot has headers for the threads target in
 *   include/wasm32-wasip1-threads/ (i.e. a p1-threads libc is shipped).
 * Kind: compile
 * Macro: WASISHIM_SYSROOT_INCLUDE_WASIP1_THREADS_DIR
 * Seen: wasi-sdk 22+ ships it (wasm32-wasi-threads too until 33; catalogue
 *   row 10); partial sysroots may not.
 * Link: https://github.com/WebAssembly/wasi-sdk/pull/637
 * Flags: -nostdlibinc -isystem =/include/wasm32-wasip1-threads
 */
/* clang reads a leading "=" in -isystem as "inside the sysroot". */
#include <stdio.h>

int probe(void);
int probe(void) {
  return puts("x");
}
