/*
 * The runtime of clang's setjmp/longjmp lowering on wasm (-mllvm
 * -wasm-enable-sjlj, LLVM 19 and later), where the libc has none (the 2022
 * wasi-libc predates libsetjmp.a) or its libsetjmp.a does not link with
 * this clang (probe setjmp_lib_links; docs/quirks/setjmp.md).
 *
 * The lowering gives each setjmp() call site in a function a nonzero label
 * and each invocation of that function a unique id (the address of a local),
 * and records both in the jmp_buf via __wasm_setjmp. longjmp() becomes
 * __wasm_longjmp, which throws a wasm exception with the C longjmp tag. Each
 * function that called setjmp catches it and asks __wasm_setjmp_test whether
 * the jmp_buf belongs to this very invocation: a label means "resume after
 * that setjmp", 0 means "not mine, rethrow".
 */
#include <stddef.h>
#include <stdint.h>

/* The SDK's <setjmp.h>, or wasishim's where it has none: this file is
 * built without the wrapper folder on the path. */
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winclude-next-absolute-path"
#include "../include/wasishim/setjmp.h"
#pragma clang diagnostic pop

void __wasm_setjmp(void *env, uint32_t label, void *func_invocation_id);
uint32_t __wasm_setjmp_test(void *env, void *func_invocation_id);
__attribute__((__noreturn__)) void __wasm_longjmp(void *env, int val);

/*
 * What the compiler-generated catch reads out of the exception: env at
 * offset 0, val at offset 4.
 */
struct longjmp_payload {
  void *env;
  int val;
};

struct jmp_state {
  void *invocation;
  uint32_t label;
  /*
     * The payload must outlive the throw. The jmp_buf lives at least as long
     * as the frame that catches, and unlike a global it is never shared by
     * two longjmps in flight on different threads.
     */
  struct longjmp_payload payload;
};

_Static_assert(sizeof(struct jmp_state) <= sizeof(jmp_buf),
               "jmp_buf in setjmp.h too small");
_Static_assert(_Alignof(struct jmp_state) <= _Alignof(jmp_buf),
               "jmp_buf in setjmp.h under-aligned");

/* LLVM's fixed index for the C longjmp tag (0 is the C++ exception tag). */
enum { C_LONGJMP_TAG = 1 };

void __wasm_setjmp(void *env, uint32_t label, void *func_invocation_id) {
  struct jmp_state *js = env;

  /* 0 is the "not mine" answer of __wasm_setjmp_test, so never a label. */
  if (label == 0 || func_invocation_id == NULL)
    __builtin_trap();
  js->invocation = func_invocation_id;
  js->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *func_invocation_id) {
  const struct jmp_state *js = env;

  /* A stale jmp_buf of a returned invocation can only match a later one at
       the same stack address, which is the usual undefined behaviour of
       longjmp into a dead frame. */
  return js->invocation == func_invocation_id ? js->label : 0;
}

void __wasm_longjmp(void *env, int val) {
  struct jmp_state *js = env;

  js->payload.env = env;
  /* C11 7.13.2.1: longjmp(env, 0) makes setjmp return 1. */
  js->payload.val = val != 0 ? val : 1;
  __builtin_wasm_throw(C_LONGJMP_TAG, &js->payload);
}

/*
 * The tag itself. Up to LLVM 21 the backend emitted a weak definition into
 * every object that used it; LLVM 22 stopped, leaving the definition to the
 * runtime. It cannot be spelled in C, hence the module-level assembly.
 */
#if __clang_major__ >= 22
__asm__(".globl __c_longjmp\n"
        ".tagtype __c_longjmp i32\n"
        "__c_longjmp:\n");
#endif
