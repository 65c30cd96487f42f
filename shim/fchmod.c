/* fchmod with its descriptor checked: where the SDK lacks it (before SDK
 * 22, probe fchmod_links) or has the ENOSYS stub of SDK 22 and later, which
 * does not look at it (probe fchmod_checks_args). A descriptor that is not
 * open is EBADF; for an open one WASI p1 has no call that changes
 * permission bits: ENOSYS, as the stubs give. */
#include <sys/stat.h>

#include "stub_checks.h"

static int body(int fd, mode_t mode) {
  (void)mode;
  if (wasishim__fd_open(fd) != 0)
    return -1;
  return wasishim__fail(ENOSYS);
}

#if WASISHIM_PROVIDE_FCHMOD
int fchmod(int fd, mode_t mode);
int fchmod(int fd, mode_t mode) {
  return body(fd, mode);
}
#endif
#if WASISHIM_REPLACE_FCHMOD
int wasishim_fchmod(int fd, mode_t mode);
int wasishim_fchmod(int fd, mode_t mode) {
  return body(fd, mode);
}
#endif
