/*
 * Detects: int_fast16_t is 32 bits wide (INT_FAST16_MAX == INT32_MAX).
 * Kind: compile
 * Macro: WASISHIM_INT_FAST16_IS_32BIT
 * Seen: 16 bits up to SDK 33 (wasi-libc's own wasm32 bits/stdint.h); 32 bits
 *   from wasi-libc PR 797 (musl 1.2.6, merged 2026-04-23: subtree pull
 *   968167fe/0b361f2e), in 34-rc and 34 (catalogue row 33, section 6).
 *   An ABI change: docs/quirks/abi-types.md.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/797
 */
#include <stdint.h>

_Static_assert(INT_FAST16_MAX == INT32_MAX, "int_fast16_t is not 32-bit");
_Static_assert(sizeof(int_fast16_t) == 4, "int_fast16_t is not 4 bytes");
int probe;
