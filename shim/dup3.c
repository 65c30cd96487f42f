/* dup3 where the SDK lacks it (wasi-libc before SDK 34, probe dup3_links).
 * WASI p1 cannot duplicate a descriptor; SDK 34 defines dup3 on p1 as a stub
 * that rejects flags other than O_CLOEXEC with EINVAL and otherwise fails
 * with ENOTSUP, and so does this one. */
#include <errno.h>
#include <fcntl.h>

int dup3(int fd, int newfd, int flags);

int dup3(int fd, int newfd, int flags) {
  (void)fd;
  (void)newfd;
  errno = flags & ~O_CLOEXEC ? EINVAL : ENOTSUP;
  return -1;
}
