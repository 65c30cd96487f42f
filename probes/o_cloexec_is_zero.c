/*
 * Detects: O_CLOEXEC is defined as 0 (WASI has no exec, so the flag is a
 *   no-op and `flags & O_CLOEXEC` is always false).
 * Kind: compile
 * Macro: WASISHIM_O_CLOEXEC_IS_ZERO
 * Seen: all SDKs (catalogue row 42).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_fcntl.h
 */
#include <fcntl.h>

_Static_assert(O_CLOEXEC == 0, "O_CLOEXEC is not 0");
int probe;
