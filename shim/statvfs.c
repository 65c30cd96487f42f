/* statvfs with its path checked: where the SDK lacks it (wasi-libc before
 * SDK 22, which has no <sys/statvfs.h> either; probe statvfs_links) or has
 * the ENOSYS stub of SDK 22 and later, which does not look at the path
 * (probe statvfs_checks_args). A path that names no file fails as stat
 * says; for one that does, WASI p1 cannot tell file system sizes: ENOSYS,
 * as the stubs give. */
#include "stub_checks.h"

/* Not <sys/statvfs.h>: some of the SDKs that need this file lack it. The
 * structure is never looked at, so its declaration is enough. */
struct statvfs;

static int body(const char *path) {
  if (wasishim__path_found(AT_FDCWD, path, 0) != 0)
    return -1;
  return wasishim__fail(ENOSYS);
}

#if WASISHIM_PROVIDE_STATVFS
int statvfs(const char *restrict path, struct statvfs *restrict buf);
int statvfs(const char *restrict path, struct statvfs *restrict buf) {
  (void)buf;
  return body(path);
}
#endif
#if WASISHIM_REPLACE_STATVFS
int wasishim_statvfs(const char *restrict path, struct statvfs *restrict buf);
int wasishim_statvfs(const char *restrict path, struct statvfs *restrict buf) {
  (void)buf;
  return body(path);
}
#endif
