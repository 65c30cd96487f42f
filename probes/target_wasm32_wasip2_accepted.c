/*
 * Detects: the compiler takes --target=wasm32-wasip2 silently (compile only:
 *   linking p2 needs wasm-component-ld); uses no libc header.
 * Kind: compile
 * Macro: WASISHIM_TARGET_WASM32_WASIP2_ACCEPTED
 * Seen: LLVM 18+ (SDK 22+) (catalogue row 0).
 * Link: https://github.com/WebAssembly/wasi-sdk/releases/tag/wasi-sdk-22
 * Flags: --target=wasm32-wasip2 -Werror
 */
#ifndef __wasi__
#error not a WASI target
#endif
int probe;
