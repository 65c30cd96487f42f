/*
 * Detects: <limits.h> defines PIPE_BUF.
 * Kind: compile
 * Macro: WASISHIM_PIPE_BUF_DEFINED
 * Seen: SDK 34 per the catalogue (row 32).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/841
 */
#include <limits.h>

#ifndef PIPE_BUF
#error no PIPE_BUF
#endif
int probe;
