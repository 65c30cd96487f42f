/* fstatvfs with its descriptor checked: where the SDK lacks it (before SDK
 * 22, probe fstatvfs_links) or has the ENOSYS stub of SDK 22 and later,
 * which does not look at it (probe fstatvfs_checks_args). A descriptor that
 * is not open is EBADF; for an open one WASI p1 cannot tell file system
 * sizes: ENOSYS, as the stubs give. */
#include "stub_checks.h"

/* Not <sys/statvfs.h>: some of the SDKs that need this file lack it. */
struct statvfs;

static int body(int fd) {
  if (wasishim__fd_open(fd) != 0)
    return -1;
  return wasishim__fail(ENOSYS);
}

#if WASISHIM_PROVIDE_FSTATVFS
int fstatvfs(int fd, struct statvfs *buf);
int fstatvfs(int fd, struct statvfs *buf) {
  (void)buf;
  return body(fd);
}
#endif
#if WASISHIM_REPLACE_FSTATVFS
int wasishim_fstatvfs(int fd, struct statvfs *buf);
int wasishim_fstatvfs(int fd, struct statvfs *buf) {
  (void)buf;
  return body(fd);
}
#endif
