/*
 * Detects: utimensat() with both times UTIME_OMIT still looks the path up:
 *   a missing file fails with ENOENT, as POSIX requires.
 * Kind: run
 * Macro: WASISHIM_UTIMENSAT_OMIT_CHECKS_PATH
 * Seen: right under Node with every libc tested; under wazero 1.12 the
 *   libc's call (path_filestat_set_times with nothing to set) succeeds for a
 *   missing file (measured on yowasp-22.0.0): the runtime's answer, which
 *   the shim can make right.
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/futimens.html
 * Fallback: 0, wasishim's utimensat then looks the path up itself.
 * Bits: 1 = another answer (result and errno printed)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

int main(void) {
  struct timespec omit[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
  errno = 0;
  int r = utimensat(AT_FDCWD, "missing", omit, 0);
  if (r == -1 && errno == ENOENT)
    return 0;
  printf("r=%d errno=%d\n", r, errno);
  return 1;
}
