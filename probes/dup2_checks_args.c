/*
 * Detects: dup2() checks its arguments as POSIX says: EBADF for a
 *   descriptor that is not open and for a negative new one, and
 *   dup2(fd, fd) gives fd back.
 * Kind: run
 * Macro: WASISHIM_DUP2_CHECKS_ARGS
 * Seen: absent before wasi-sdk 34 (0); 34-rc.2's
 *   p1 stub gives EBADF for dup2(-1, fd) (measured by a porter) and ENOTSUP
 *   for dup2(fd, fd) (source).
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/dup2.html
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = dup2(-1, 5) is not EBADF, 2 = dup2(1000, 5) is not EBADF,
 *   4 = dup2(fd, -1) is not EBADF, 8 = dup2(fd, fd) does not give fd,
 *   16 = could not open the file
 */
#include <unistd.h>

#include "args_probe.h"

int main(void) {
  int fd = args_probe_fd();
  if (fd < 0)
    return 16;
  ARGS_PROBE_FAILS(1, dup2(-1, 5), EBADF);
  ARGS_PROBE_FAILS(2, dup2(1000, 5), EBADF);
  ARGS_PROBE_FAILS(4, dup2(fd, -1), EBADF);
  errno = 0;
  int r = dup2(fd, fd);
  if (r != fd) {
    printf("dup2(fd, fd) = %d errno=%d\n", r, errno);
    args_probe_bits |= 8;
  }
  return args_probe_bits;
}
