/*
 * Detects: nlink_t is 64 bits wide (WASI's filestat link count), not the
 *   32 bits of most 32-bit ABIs.
 * Kind: compile
 * Macro: WASISHIM_NLINK_T_IS_64BIT
 * Seen: all SDKs (catalogue row 40).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__typedef_nlink_t.h
 */
#include <sys/types.h>

_Static_assert(sizeof(nlink_t) == 8, "nlink_t is not 64-bit");
int probe;
