/*
 * Detects: a program using setjmp and longjmp builds and links with the
 *   flags wasi-sdk documents (-mllvm -wasm-enable-sjlj, -lsetjmp).
 * Kind: link
 * Macro: WASISHIM_SETJMP_LIB_LINKS
 * Seen: libsetjmp from SDK 22, usable with LLVM 19+ (SDK 25+); an LLVM 22
 *   fix came in 31 (catalogue row 23, PR 772). Not in the Debian 2022
 *   snapshot.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/483
 *   https://github.com/WebAssembly/wasi-libc/pull/772
 * Flags: -mllvm -wasm-enable-sjlj
 * Libs: -lsetjmp
 */
#include <setjmp.h>

static jmp_buf env;
/* volatile: the jump must not be folded away. */
static volatile int value = 1;

int main(void) {
  if (setjmp(env) == 0)
    longjmp(env, value);
  return 0;
}
