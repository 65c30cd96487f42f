/* fchmodat with its arguments checked: where the SDK lacks it (before SDK
 * 22, probe fchmodat_links) or has the ENOSYS stub of SDK 22 and later,
 * which looks at none of them (probe fchmodat_checks_args). Flags other
 * than AT_SYMLINK_NOFOLLOW are EINVAL; a folder descriptor that is not open
 * or a path that names no file fail as fstatat says; for a file that is
 * there WASI p1 has no call that changes permission bits: ENOSYS, as the
 * stubs give. */
#include <sys/stat.h>

#include "stub_checks.h"

static int body(int dirfd, const char *path, mode_t mode, int flags) {
  (void)mode;
  if (flags & ~AT_SYMLINK_NOFOLLOW)
    return wasishim__fail(EINVAL);
  if (wasishim__path_found(dirfd, path, flags) != 0)
    return -1;
  return wasishim__fail(ENOSYS);
}

#if WASISHIM_PROVIDE_FCHMODAT
int fchmodat(int dirfd, const char *path, mode_t mode, int flags);
int fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
  return body(dirfd, path, mode, flags);
}
#endif
#if WASISHIM_REPLACE_FCHMODAT
int wasishim_fchmodat(int dirfd, const char *path, mode_t mode, int flags);
int wasishim_fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
  return body(dirfd, path, mode, flags);
}
#endif
