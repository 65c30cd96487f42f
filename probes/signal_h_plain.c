/*
 * Detects: <signal.h> compiles without any WASI emulation flag.
 * Kind: compile
 * Macro: WASISHIM_SIGNAL_H_PLAIN
 * Seen: 0 with every wasi-libc: the header is a hard #error unless
 *   _WASI_EMULATED_SIGNAL is defined (PR 183).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/183
 */
#include <signal.h>
int probe;
