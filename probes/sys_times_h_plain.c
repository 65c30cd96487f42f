/*
 * Detects: <sys/times.h> compiles without any WASI emulation flag.
 * Kind: compile
 * Macro: WASISHIM_SYS_TIMES_H_PLAIN
 * Seen: 0 with every wasi-libc: #error unless _WASI_EMULATED_PROCESS_CLOCKS
 *   (catalogue row 16).
 * Link: https://github.com/WebAssembly/wasi-libc/tree/main/libc-bottom-half/clocks
 */
#include <sys/times.h>
int probe;
