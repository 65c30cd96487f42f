/*
 * Detects: futimens() with both times UTIME_OMIT still checks the
 *   descriptor: one that is not open fails with EBADF, as POSIX requires.
 * Kind: run
 * Macro: WASISHIM_FUTIMENS_OMIT_CHECKS_FD
 * Seen: right under Node with every libc tested (measured); the runtime
 *   answers it (fd_filestat_set_times with nothing to set).
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/futimens.html
 * Fallback: 0, wasishim's futimens then checks the descriptor itself.
 * Bits: 1 = another answer (result and errno printed)
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

int main(void) {
  struct timespec omit[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
  errno = 0;
  int r = futimens(1000, omit);
  if (r == -1 && errno == EBADF)
    return 0;
  printf("r=%d errno=%d\n", r, errno);
  return 1;
}
