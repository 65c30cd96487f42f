/*
 * Detects: <sys/resource.h> compiles without any WASI emulation flag.
 * Kind: compile
 * Macro: WASISHIM_SYS_RESOURCE_H_PLAIN
 * Seen: 0 with every wasi-libc: #error unless _WASI_EMULATED_PROCESS_CLOCKS
 *   (catalogue row 16); CPython's config.site sets
 *   ac_cv_header_sys_resource_h=no.
 * Link: https://github.com/WebAssembly/wasi-libc/tree/main/libc-bottom-half/clocks
 */
#include <sys/resource.h>
int probe;
