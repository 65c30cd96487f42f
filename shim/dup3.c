/* dup3 with its arguments checked, in the order of SDK 34's p1 stub (flags
 * first) and then as POSIX says: where the SDK lacks it (before SDK 34,
 * probe dup3_links) or its stub checks less (probe dup3_checks_args).
 * Flags other than O_CLOEXEC and dup3(fd, fd) are EINVAL, a descriptor
 * that is not open or a negative new one EBADF, the rest ENOTSUP: WASI p1
 * cannot duplicate a descriptor. */
#define _GNU_SOURCE
#include <unistd.h>

#include "stub_checks.h"

static int body(int fd, int newfd, int flags) {
  if (flags & ~O_CLOEXEC)
    return wasishim__fail(EINVAL);
  if (wasishim__fd_open(fd) != 0)
    return -1;
  if (newfd < 0)
    return wasishim__fail(EBADF);
  if (newfd == fd)
    return wasishim__fail(EINVAL);
  return wasishim__fail(ENOTSUP);
}

#if WASISHIM_PROVIDE_DUP3
int dup3(int fd, int newfd, int flags);
int dup3(int fd, int newfd, int flags) {
  return body(fd, newfd, flags);
}
#endif
#if WASISHIM_REPLACE_DUP3
int wasishim_dup3(int fd, int newfd, int flags);
int wasishim_dup3(int fd, int newfd, int flags) {
  return body(fd, newfd, flags);
}
#endif
