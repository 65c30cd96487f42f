/*
 * Detects: musl's __WORDSIZE (from <sys/reg.h>, the header that defines it)
 *   is 32, matching the wasm32 ABI.
 * Kind: compile
 * Macro: WASISHIM_WORDSIZE_IS_32
 * Seen: 64 (wrong for wasm32) up to SDK 33; 32 in 34-rc (musl 1.2.6 update,
 *   catalogue row 33; exact commit uncertain).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-top-half/musl/arch/wasm32/bits/reg.h
 */
#include <limits.h>
#include <sys/reg.h>

#ifndef __WORDSIZE
#error no __WORDSIZE
#endif
_Static_assert(__WORDSIZE == 32, "__WORDSIZE is not 32");
int probe;
