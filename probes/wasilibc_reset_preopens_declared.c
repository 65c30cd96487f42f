/*
 * Detects: <wasi/libc.h> declares __wasilibc_reset_preopens.
 * Kind: compile
 * Macro: WASISHIM_WASILIBC_RESET_PREOPENS_DECLARED
 * Seen: defined but not declared in SDK 25 to about 30 (debian-25,
 *   yowasp-21.1.4, yowasp-22.0.0); declared in SDK 33's libc (debian-33).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/489
 */
#include <wasi/libc.h>

__typeof__(void (*)(void)) probe = __wasilibc_reset_preopens;
