/*
 * Detects: with the mman emulation, a read-only MAP_PRIVATE mapping of a
 *   regular file (in the cwd) shows the file's bytes.
 * Kind: run
 * Macro: WASISHIM_MMAP_FILE_PRIVATE_WORKS
 * Seen: the emulation copies the file in with pread (wasi-libc mman
 *   emulation); MAP_SHARED is refused. Not catalogued: measured here.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/500
 * Flags: -D_WASI_EMULATED_MMAN
 * Libs: -lwasi-emulated-mman
 * Fallback: 0, CPython's mmap module is n/a on WASI; nothing should rely on
 *   file mappings.
 * Bits: 1 = could not write the test file, 2 = mmap failed, 4 = contents
 *   differ, 8 = munmap failed
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
  static const char text[] = "wasishim mmap probe";
  char *p;
  int fd, bits = 0;

  fd = open("mmap_probe.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, text, sizeof text) != (ssize_t)sizeof text)
    return 1;
  p = mmap(NULL, sizeof text, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) {
    printf("errno=%d\n", errno);
    bits = 2;
  } else {
    if (memcmp(p, text, sizeof text) != 0)
      bits |= 4;
    if (munmap(p, sizeof text) != 0)
      bits |= 8;
  }
  close(fd);
  unlink("mmap_probe.txt");
  return bits;
}
