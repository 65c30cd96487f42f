/* dup2 as POSIX has it check its arguments: where the SDK lacks it
 * (wasi-libc before SDK 34, probe dup2_links) or has a stub that does not
 * (probe dup2_checks_args). A descriptor that is not open, or a negative
 * new one, is EBADF; dup2(fd, fd) of an open fd gives fd; anything else
 * would need a duplicate, which WASI p1 cannot make (fd_renumber moves one,
 * closing the source): ENOTSUP, as SDK 34's p1 stub gives. */
#include <unistd.h>

#include "stub_checks.h"

static int body(int fd, int newfd) {
  if (wasishim__fd_open(fd) != 0)
    return -1;
  if (newfd < 0)
    return wasishim__fail(EBADF);
  if (newfd == fd)
    return fd;
  return wasishim__fail(ENOTSUP);
}

#if WASISHIM_PROVIDE_DUP2
int dup2(int fd, int newfd);
int dup2(int fd, int newfd) {
  return body(fd, newfd);
}
#endif
#if WASISHIM_REPLACE_DUP2
int wasishim_dup2(int fd, int newfd);
int wasishim_dup2(int fd, int newfd) {
  return body(fd, newfd);
}
#endif
