/*
 * Detects: mprotect links with the mman emulation (declared by <sys/mman.h>
 *   with -D_WASI_EMULATED_MMAN, defined in -lwasi-emulated-mman).
 * Kind: link
 * Macro: WASISHIM_MPROTECT_EMULATED_LINKS
 * Seen: added in SDK 23 (catalogue row 17); absent from the 2022 Debian
 *   snapshot.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/500
 * Flags: -D_WASI_EMULATED_MMAN
 * Libs: -lwasi-emulated-mman
 */
#include <sys/mman.h>

int main(void) {
  int (*volatile f)(void *, size_t, int) = mprotect;
  return f == 0;
}
