/*
 * Detects: the compiler itself predefines its target's WASI version macro
 *   (__wasip1__, __wasip2__ or __wasip3__); no header is included, so
 *   <wasi/version.h> cannot supply it.
 * Kind: compile
 * Macro: WASISHIM_WASIP_MACRO_PREDEFINED
 * Seen: clang 22 (LLVM 22, wasi-sdk 31 on) predefines __wasip1__ for
 *   wasm32-wasi[p1][-threads], __wasip2__ and __wasip3__ for theirs; clang
 *   19 (wasi-sdk 25, debian-2022, debian-25) none (measured with -dM -E).
 * Link: https://github.com/llvm/llvm-project/pull/165345
 */
#if !defined(__wasip1__) && !defined(__wasip2__) && !defined(__wasip3__)
#error the compiler predefines no __wasipN__
#endif
int probe;
