/*
 * Detects: fstat() of a regular file reports st_nlink >= 1.
 * Kind: run
 * Macro: WASISHIM_STAT_NLINK_NONZERO
 * Seen: WASI's filestat carries nlink (nlink_t is 64-bit in every SDK);
 *   whether it is filled in depends on the runtime.
 * Link: -
 * Fallback: 1, WASI p1's filestat has an nlink field that runtimes fill from
 *   the host.
 * Bits: 1 = could not create or fstat the file, 2 = st_nlink is 0
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat st;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || fstat(fd, &st) != 0)
    return 1;
  if (st.st_nlink < 1) {
    printf("st_nlink=%llu\n", (unsigned long long)st.st_nlink);
    return 2;
  }
  return 0;
}
