/*
 * Detects: <wasi/version.h> defines __wasi_sdk_major__ (the SDK's own major
 *   version number; the engine records the value separately).
 * Kind: compile
 * Macro: WASISHIM_WASI_SDK_MAJOR_DEFINED
 * Seen: SDK 30+ (catalogue rows 0 and 49); a wasi-libc built outside
 *   wasi-sdk leaves it undefined (measured on the npm @yowasp/clang libc).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/709
 */
#include <wasi/version.h>
#ifndef __wasi_sdk_major__
#error no __wasi_sdk_major__
#endif
int probe;
