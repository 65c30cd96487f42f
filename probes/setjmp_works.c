/*
 * Detects: longjmp returns to setjmp with the value given (0 becomes 1), and
 *   locals declared volatile keep the values stored before the jump.
 * Kind: run
 * Macro: WASISHIM_SETJMP_WORKS
 * Seen: needs libsetjmp (22+), LLVM 19+ (SDK 25+) and a runtime with
 *   exception handling; Node 20 runs the legacy encoding clang emits by
 *   default (catalogue row 23).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/483
 *   https://github.com/WebAssembly/wasi-sdk/blob/main/SetjmpLongjmp.md
 * Flags: -mllvm -wasm-enable-sjlj
 * Libs: -lsetjmp
 * Fallback: 0, a runtime without exception handling traps at the first
 *   longjmp; CPython does not use setjmp.
 * Bits: 1 = longjmp(env, 7) did not come back as 7, 2 = longjmp(env, 0) did
 *   not come back as 1, 4 = a volatile local lost its value, 8 = a jump out
 *   of a nested call failed
 */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

static void __attribute__((noinline)) jump(int v) {
  longjmp(env, v);
}

int main(void) {
  volatile int step = 0, bits = 0;
  int r;

  r = setjmp(env);
  switch (step) {
  case 0:
    step = 1;
    longjmp(env, 7);
  case 1:
    if (r != 7)
      bits |= 1;
    step = 2;
    longjmp(env, 0);
  case 2:
    if (r != 1)
      bits |= 2;
    step = 3;
    jump(3);
    bits |= 8;
    break;
  case 3:
    if (r != 3)
      bits |= 8;
    break;
  default:
    bits |= 4;
  }
  if (step != 3)
    bits |= 4;
  if (bits)
    printf("step=%d r=%d\n", step, r);
  return bits;
}
