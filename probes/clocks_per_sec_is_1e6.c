/*
 * Detects: CLOCKS_PER_SEC is 1000000, the value XSI requires.
 * Kind: compile
 * Macro: WASISHIM_CLOCKS_PER_SEC_IS_1E6
 * Seen: 0 on all SDKs: wasi-libc defines it as 1000000000 (catalogue row 16).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_time.h
 */
#include <time.h>
_Static_assert(CLOCKS_PER_SEC == 1000000, "CLOCKS_PER_SEC is not 1e6");
int probe;
