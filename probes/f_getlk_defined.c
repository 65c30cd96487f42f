/*
 * Detects: <fcntl.h> defines F_GETLK, F_SETLK and F_SETLKW (record locking
 *   that then fails with ENOTSUP at run time).
 * Kind: compile
 * Macro: WASISHIM_F_GETLK_DEFINED
 * Seen: SDK 34 (PR 835, catalogue row 32).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/835
 */
#include <fcntl.h>

#if !defined(F_GETLK) || !defined(F_SETLK) || !defined(F_SETLKW)
#error no F_GETLK
#endif
int probe;
