/*
 * Detects: with the mman emulation, an anonymous private mmap gives
 *   zero-filled writable memory that munmap releases.
 * Kind: run
 * Macro: WASISHIM_MMAP_EMULATED_WORKS
 * Seen: all SDKs, only private anonymous (and read-only file) mappings
 *   (catalogue row 17).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/500
 * Flags: -D_WASI_EMULATED_MMAN
 * Libs: -lwasi-emulated-mman
 * Fallback: 0, CPython marks its mmap module n/a on WASI anyway.
 * Bits: 1 = mmap failed, 2 = the memory was not zero-filled, 4 = a write did
 *   not read back, 8 = munmap failed
 */
#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>

int main(void) {
  const size_t len = 3 * 4096 + 5;
  unsigned char *p;
  size_t i;
  int bits = 0;

  p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
           0);
  if (p == MAP_FAILED) {
    printf("errno=%d\n", errno);
    return 1;
  }
  for (i = 0; i < len; i++)
    if (p[i] != 0)
      bits |= 2;
  for (i = 0; i < len; i++)
    p[i] = (unsigned char)i;
  for (i = 0; i < len; i++)
    if (p[i] != (unsigned char)i)
      bits |= 4;
  if (munmap(p, len) != 0)
    bits |= 8;
  return bits;
}
