/*
 * Detects: <dirent.h> defines DT_SOCK.
 * Kind: compile
 * Macro: WASISHIM_DT_SOCK_DEFINED
 * Seen: SDK 22+ (PR 463, catalogue row 20).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/463
 */
#include <dirent.h>

#ifndef DT_SOCK
#error no DT_SOCK
#endif
int probe;
