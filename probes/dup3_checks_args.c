/*
 * Detects: dup3() checks its arguments: EINVAL for flags other than
 *   O_CLOEXEC and for dup3(fd, fd, 0), EBADF for a descriptor that is not
 *   open and for a negative new one.
 * Kind: run
 * Macro: WASISHIM_DUP3_CHECKS_ARGS
 * Seen: absent before wasi-sdk 34 (0); 34's p1
 *   stub checks the flags only (source).
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/dup3.html
 * Flags: -D_GNU_SOURCE
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = unknown flags are not EINVAL, 2 = dup3(-1, 5, 0) is not EBADF,
 *   4 = dup3(fd, -1, 0) is not EBADF, 8 = dup3(fd, fd, 0) is not EINVAL,
 *   16 = could not open the file
 */
#include <unistd.h>

#include "args_probe.h"

int main(void) {
  int fd = args_probe_fd();
  if (fd < 0)
    return 16;
  ARGS_PROBE_FAILS(1, dup3(fd, 5, 0x40000000), EINVAL);
  ARGS_PROBE_FAILS(2, dup3(-1, 5, 0), EBADF);
  ARGS_PROBE_FAILS(4, dup3(fd, -1, 0), EBADF);
  ARGS_PROBE_FAILS(8, dup3(fd, fd, 0), EINVAL);
  return args_probe_bits;
}
