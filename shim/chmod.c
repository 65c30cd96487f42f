/* chmod where the SDK lacks it (wasi-libc before SDK 22, probe chmod_links).
 * WASI p1 has no call that changes permission bits; SDK 22 and later define
 * chmod as a stub failing with ENOSYS whatever the arguments, and so does
 * this one, so that a program sees the same on every SDK. */
#include <errno.h>
#include <sys/stat.h>

int chmod(const char *path, mode_t mode);

int chmod(const char *path, mode_t mode) {
  (void)path;
  (void)mode;
  errno = ENOSYS;
  return -1;
}
