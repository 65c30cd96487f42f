/*
 * Detects: EINVAL expands to a bare number ("28"), not to the parenthesised
 *   __WASI_ERRNO_INVAL expression ("(28)" once expanded). The values are the
 *   same; this mainly tells the two header generations apart.
 * Kind: compile
 * Macro: WASISHIM_ERRNO_MACROS_LITERAL
 * Seen: __WASI_ERRNO_* aliases up to SDK 29, literal numbers from 30
 *   (catalogue row 41); the libc of 29/30 measured here already has them.
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__errno_values.h
 */
#include <errno.h>

#define PROBE_STR2(x) #x
#define PROBE_STR(x) PROBE_STR2(x)
_Static_assert(PROBE_STR(EINVAL)[0] >= '0' && PROBE_STR(EINVAL)[0] <= '9',
               "EINVAL is not a bare number");
int probe;
