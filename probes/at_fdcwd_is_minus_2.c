/*
 * Detects: AT_FDCWD is -2 (Linux uses -100).
 * Kind: compile
 * Macro: WASISHIM_AT_FDCWD_IS_MINUS_2
 * Seen: all SDKs (catalogue row 42).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_fcntl.h
 */
#include <fcntl.h>

_Static_assert(AT_FDCWD == -2, "AT_FDCWD is not -2");
int probe;
