/* chmod with its path checked: where the SDK lacks it (wasi-libc before SDK
 * 22, probe chmod_links) or has the ENOSYS stub of SDK 22 and later, which
 * does not look at the path (probe chmod_checks_args). A path that does not
 * name a file fails as stat says (ENOENT, ENOTDIR, ...); for one that does,
 * WASI p1 has no call that changes permission bits: ENOSYS, as the stubs
 * give. */
#include <sys/stat.h>

#include "stub_checks.h"

static int body(const char *path, mode_t mode) {
  (void)mode;
  if (wasishim__path_found(AT_FDCWD, path, 0) != 0)
    return -1;
  return wasishim__fail(ENOSYS);
}

#if WASISHIM_PROVIDE_CHMOD
int chmod(const char *path, mode_t mode);
int chmod(const char *path, mode_t mode) {
  return body(path, mode);
}
#endif
#if WASISHIM_REPLACE_CHMOD
int wasishim_chmod(const char *path, mode_t mode);
int wasishim_chmod(const char *path, mode_t mode) {
  return body(path, mode);
}
#endif
