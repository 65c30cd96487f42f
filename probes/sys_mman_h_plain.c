/*
 * Detects: <sys/mman.h> compiles without any WASI emulation flag.
 * Kind: compile
 * Macro: WASISHIM_SYS_MMAN_H_PLAIN
 * Seen: 0 with every wasi-libc: #error unless _WASI_EMULATED_MMAN
 *   (catalogue row 17).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/500
 */
#include <sys/mman.h>
int probe;
