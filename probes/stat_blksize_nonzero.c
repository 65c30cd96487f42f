/*
 * Detects: fstat() of a regular file reports st_blksize > 0.
 * Kind: run
 * Macro: WASISHIM_STAT_BLKSIZE_NONZERO
 * Seen: st_blksize is always 0 in every SDK (WASI's filestat has no such
 *   field).
 * Link: -
 * Fallback: 0, the io module then uses DEFAULT_BUFFER_SIZE, which is what
 *   CPython does on WASI anyway; assuming a size would only hide the gap.
 * Bits: 1 = could not create or fstat the file, 2 = st_blksize is 0
 *   (or negative)
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat st;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "blksize", 7) != 7 || fstat(fd, &st) != 0)
    return 1;
  if (st.st_blksize <= 0) {
    printf("st_blksize=%lld\n", (long long)st.st_blksize);
    return 2;
  }
  return 0;
}
