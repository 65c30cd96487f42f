/* dup2 where the SDK lacks it (wasi-libc before SDK 34, probe dup2_links).
 * WASI p1 cannot duplicate a descriptor (fd_renumber moves one, closing the
 * source, which is not dup2); SDK 34 defines dup2 on p1 as a stub failing
 * with ENOTSUP without looking at the descriptors, and so does this one. */
#include <errno.h>

int dup2(int fd, int newfd);

int dup2(int fd, int newfd) {
  (void)fd;
  (void)newfd;
  errno = ENOTSUP;
  return -1;
}
