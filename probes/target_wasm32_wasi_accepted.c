/*
 * Detects: the compiler takes --target=wasm32-wasi silently (no error and no
 *   deprecation warning under -Werror). Uses no libc header, so it measures
 *   the compiler only; see sysroot_include_wasm32_wasi_dir for the headers.
 * Kind: compile
 * Macro: WASISHIM_TARGET_WASM32_WASI_ACCEPTED
 * Seen: accepted up to LLVM 21 (SDK 30); clang 22 (SDK 31-33) warns that the
 *   name is deprecated; SDK 34 drops it (catalogue row 12).
 * Link: https://github.com/llvm/llvm-project/pull/165345
 *   https://github.com/WebAssembly/wasi-sdk/issues/620
 * Flags: --target=wasm32-wasi -Werror
 */
#ifndef __wasi__
#error not a WASI target
#endif
int probe;
