/*
 * Detects: the linked module puts the C stack below static data (wasm-ld
 *   --stack-first), so a stack overflow runs off the bottom of memory and
 *   traps instead of silently overwriting globals.
 * Kind: run
 * Macro: WASISHIM_STACK_BELOW_DATA
 * Seen: wasm-ld 19 puts data first, wasm-ld 22 stack first, both without
 *   flags (measured; the catalogue's row 46 marks the LLVM 22 default
 *   uncertain). CPython passes -Wl,--stack-first anyway.
 * Link: https://github.com/wild-linker/wild/pull/2278
 *   https://github.com/WebAssembly/wasi-libc/issues/233
 * Fallback: 0, then the build should pass -Wl,--stack-first itself.
 */
#include <stdint.h>
#include <stdio.h>

static int data_word = 1;

int main(void) {
  volatile char local = 0;
  uintptr_t s = (uintptr_t)&local, d = (uintptr_t)&data_word;

  printf("stack=%#lx data=%#lx\n", (unsigned long)s, (unsigned long)d);
  return s < d ? 0 : 1;
}
