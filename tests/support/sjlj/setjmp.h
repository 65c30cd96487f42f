/*
 * <setjmp.h> for wasi-libc sysroots that have none: Debian's wasi-libc is a
 * 2022 snapshot, from before wasi-libc grew setjmp support (setjmp.h and
 * libsetjmp.a), yet cmocka needs longjmp to leave a failing test.
 *
 * Only usable with clang's -mllvm -wasm-enable-sjlj: that lowering replaces
 * every call to setjmp() and longjmp() with calls into sjlj.c, so the two
 * functions declared here are never defined anywhere.
 */
#ifndef WASISHIM_SJLJ_SETJMP_H
#define WASISHIM_SJLJ_SETJMP_H

#ifndef __wasm_exception_handling__
#error                                                                         \
    "setjmp/longjmp on wasm need wasm exceptions: compile with -mllvm -wasm-enable-sjlj"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * sjlj.c needs 16 bytes; the rest is headroom so that the layout can change
 * without breaking objects built against this header.
 */
typedef struct __wasishim_jmp_buf {
  unsigned long long __opaque[6];
} jmp_buf[1];

int setjmp(jmp_buf env) __attribute__((__returns_twice__));
__attribute__((__noreturn__)) void longjmp(jmp_buf env, int val);

/* Some code tests for a setjmp macro, as musl and glibc provide one. */
#define setjmp setjmp

#ifdef __cplusplus
}
#endif

#endif
