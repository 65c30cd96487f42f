/*
 * Detects: the compiler takes --target=wasm32-wasip1 silently (no error or
 *   warning under -Werror); uses no libc header.
 * Kind: compile
 * Macro: WASISHIM_TARGET_WASM32_WASIP1_ACCEPTED
 * Seen: LLVM 18+ (SDK 22+) (catalogue rows 0 and 12).
 * Link: https://github.com/WebAssembly/wasi-sdk/releases/tag/wasi-sdk-22
 * Flags: --target=wasm32-wasip1 -Werror
 */
#ifndef __wasi__
#error not a WASI target
#endif
int probe;
