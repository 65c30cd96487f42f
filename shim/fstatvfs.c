/* fstatvfs where the SDK lacks it (wasi-libc before SDK 22, which has no
 * <sys/statvfs.h> either; probe fstatvfs_links). WASI p1 cannot tell file
 * system sizes; SDK 22 and later define fstatvfs as a stub failing with
 * ENOSYS whatever the arguments, and so does this one. */
#include <errno.h>
/* Not <sys/statvfs.h>: the SDKs that need this file lack it. The structure
 * is never looked at, so its declaration is enough. */
struct statvfs;

int fstatvfs(int fd, struct statvfs *buf);

int fstatvfs(int fd, struct statvfs *buf) {
  (void)fd;
  (void)buf;
  errno = ENOSYS;
  return -1;
}
