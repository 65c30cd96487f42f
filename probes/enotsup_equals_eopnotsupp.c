/*
 * Detects: ENOTSUP and EOPNOTSUPP are the same value (as on Linux; allowed
 *   but not required by POSIX), so code must not list both in one switch.
 * Kind: compile
 * Macro: WASISHIM_ENOTSUP_EQUALS_EOPNOTSUPP
 * Seen: all SDKs (EOPNOTSUPP is defined as ENOTSUP).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__errno_values.h
 */
#include <errno.h>

_Static_assert(ENOTSUP == EOPNOTSUPP, "ENOTSUP != EOPNOTSUPP");
int probe;
