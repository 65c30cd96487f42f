/* pipe2 where the SDK lacks it (wasi-libc before SDK 34, probe
 * pipe2_links). WASI p1 has no pipes; SDK 34 defines pipe2 on p1 as a stub
 * that rejects flags other than O_CLOEXEC and O_NONBLOCK with EINVAL and
 * otherwise fails with ENOTSUP, and so does this one. */
#include <errno.h>
#include <fcntl.h>

int pipe2(int fds[2], int flags);

int pipe2(int fds[2], int flags) {
  (void)fds;
  errno = flags & ~(O_CLOEXEC | O_NONBLOCK) ? EINVAL : ENOTSUP;
  return -1;
}
