/*
 * Detects: PAGESIZE / PAGE_SIZE from <limits.h> is an integer constant
 *   expression (usable in #if, static array sizes and _Static_assert).
 * Kind: compile
 * Macro: WASISHIM_PAGESIZE_IS_CONSTANT
 * Seen: 0x10000 up to the libc of SDK 26/27; the libc of 29/30 makes it the
 *   address of __wasm_first_page_end when compiled with clang >= 22
 *   (custom-page-sizes), so it is no longer constant there (measured; not
 *   in the catalogue).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__macro_PAGESIZE.h
 */
#define _GNU_SOURCE
#include <limits.h>

#ifndef PAGE_SIZE
#error no PAGE_SIZE
#endif
static char probe_page[PAGE_SIZE];
_Static_assert(PAGESIZE == PAGE_SIZE, "PAGESIZE is not constant");
char *probe(void);
char *probe(void) {
  return probe_page;
}
