/*
 * Detects: int_fast16_t is 32 bits wide (INT_FAST16_MAX == INT32_MAX).
 * Kind: compile
 * Macro: WASISHIM_INT_FAST16_IS_32BIT
 * Seen: 16 bits up to SDK 33; 32 bits in 34-rc (musl 1.2.6 update; exact
 *   commit uncertain, catalogue row 33).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-top-half/musl/arch/wasm32/bits/stdint.h
 */
#include <stdint.h>

_Static_assert(INT_FAST16_MAX == INT32_MAX, "int_fast16_t is not 32-bit");
_Static_assert(sizeof(int_fast16_t) == 4, "int_fast16_t is not 4 bytes");
int probe;
