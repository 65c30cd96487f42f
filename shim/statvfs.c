/* statvfs where the SDK lacks it (wasi-libc before SDK 22, which has no
 * <sys/statvfs.h> either; probe statvfs_links). WASI p1 cannot tell file
 * system sizes; SDK 22 and later define statvfs as a stub failing with
 * ENOSYS whatever the arguments, and so does this one. */
#include <errno.h>
/* Not <sys/statvfs.h>: the SDKs that need this file lack it. The structure
 * is never looked at, so its declaration is enough. */
struct statvfs;

int statvfs(const char *restrict path, struct statvfs *restrict buf);

int statvfs(const char *restrict path, struct statvfs *restrict buf) {
  (void)path;
  (void)buf;
  errno = ENOSYS;
  return -1;
}
