/* wasishim: <setjmp.h> on every SDK (docs/quirks/setjmp.md). setjmp and
   longjmp on wasm need clang's -mllvm -wasm-enable-sjlj, which the
   wasishim-setjmp pkg-config module gives, and a runtime: the libc's
   libsetjmp.a, or wasishim's (shim/setjmp.c) where the libc has none or
   its library does not link with this clang. The 2022 wasi-libc has no
   <setjmp.h> at all: then this header declares what the lowering needs. */
#if __has_include_next(<setjmp.h>)
#include_next <setjmp.h>
#else

#ifndef WASISHIM_SETJMP_H
#define WASISHIM_SETJMP_H

#ifndef __wasm_exception_handling__
#error                                                                         \
    "setjmp/longjmp on wasm need wasm exceptions: compile with -mllvm -wasm-enable-sjlj (pkg-config --cflags wasishim-setjmp)"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* shim/setjmp.c needs 16 bytes; the rest is headroom, so that the layout
   can change without breaking objects built against this header. */
typedef struct __wasishim_jmp_buf {
  unsigned long long __opaque[6];
} jmp_buf[1];

/* The lowering replaces every call of these two with calls into the
   runtime, so neither is defined anywhere. */
int setjmp(jmp_buf env) __attribute__((__returns_twice__));
__attribute__((__noreturn__)) void longjmp(jmp_buf env, int val);

/* Some code tests for a setjmp macro, as musl and glibc provide one. */
#define setjmp setjmp

#ifdef __cplusplus
}
#endif

#endif
#endif
