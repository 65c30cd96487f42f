/*
 * Detects: the sysroot has a <setjmp.h> (by __has_include only: including it
 *   needs exception handling, see setjmp_h_plain and setjmp_lib_links).
 * Kind: compile
 * Macro: WASISHIM_SETJMP_H_EXISTS
 * Seen: no <setjmp.h> before SDK 22 (the Debian 2022 snapshot has none);
 *   present from 22, usable from 25 (LLVM 19) (catalogue row 23).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/483
 */
#if !__has_include(<setjmp.h>)
#error no setjmp.h
#endif
int probe;
