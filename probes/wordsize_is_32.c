/*
 * Detects: musl's __WORDSIZE (from <sys/reg.h>, the header that defines it)
 *   is 32, matching the wasm32 ABI.
 * Kind: compile
 * Macro: WASISHIM_WORDSIZE_IS_32
 * Seen: 64 (wrong for wasm32) up to SDK 33 (wasi-libc's own wasm32
 *   bits/reg.h); 32 from wasi-libc PR 797 (musl 1.2.6, merged 2026-04-23),
 *   in 34-rc and 34 (catalogue row 33, section 6). An ABI change:
 *   docs/quirks/abi-types.md.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/797
 */
#include <limits.h>
#include <sys/reg.h>

#ifndef __WORDSIZE
#error no __WORDSIZE
#endif
_Static_assert(__WORDSIZE == 32, "__WORDSIZE is not 32");
int probe;
