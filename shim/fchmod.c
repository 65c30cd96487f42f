/* fchmod where the SDK lacks it (wasi-libc before SDK 22, probe fchmod_links).
 * WASI p1 has no call that changes permission bits; SDK 22 and later define
 * fchmod as a stub failing with ENOSYS whatever the arguments (even for a
 * bad descriptor), and so does this one. */
#include <errno.h>
#include <sys/stat.h>

int fchmod(int fd, mode_t mode);

int fchmod(int fd, mode_t mode) {
  (void)fd;
  (void)mode;
  errno = ENOSYS;
  return -1;
}
