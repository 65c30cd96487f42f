/*
 * Detects: fstat() of a regular file holding 8 KiB of data reports
 *   st_blocks > 0.
 * Kind: run
 * Macro: WASISHIM_STAT_BLOCKS_NONZERO
 * Seen: st_blocks is always 0 in every SDK (WASI's filestat has no such
 *   field).
 * Link: -
 * Fallback: 0, code that estimates disk usage from st_blocks (du-like
 *   tools, sparse-file checks) must not trust it.
 * Bits: 1 = could not create, write or fstat the file, 2 = st_blocks is 0
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  static char buf[8192];
  struct stat st;
  memset(buf, 'b', sizeof buf);
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, buf, sizeof buf) != (ssize_t)sizeof buf ||
      fsync(fd) != 0 || fstat(fd, &st) != 0)
    return 1;
  if (st.st_blocks <= 0) {
    printf("st_blocks=%lld\n", (long long)st.st_blocks);
    return 2;
  }
  return 0;
}
