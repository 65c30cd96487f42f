/*
 * Detects: __wasip1__ is defined, by the compiler or by <wasi/version.h>
 *   where that header exists.
 * Kind: compile
 * Macro: WASISHIM_WASIP1_MACRO_DEFINED
 * Seen: <wasi/version.h> defines it from SDK 30; clang 22 predefines it for
 *   wasm32-wasip1 (measured with Debian's clang 22; the catalogue marks the
 *   clang side uncertain, row 12).
 * Link: https://github.com/llvm/llvm-project/pull/165345
 */
#if __has_include(<wasi/version.h>)
#include <wasi/version.h>
#endif
#ifndef __wasip1__
#error no __wasip1__
#endif
int probe;
