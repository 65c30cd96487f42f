/* fchmodat where the SDK lacks it (wasi-libc before SDK 22, probe
 * fchmodat_links). WASI p1 has no call that changes permission bits; SDK 22
 * and later define fchmodat as a stub failing with ENOSYS whatever the
 * arguments (flags are not checked either), and so does this one. */
#include <errno.h>
#include <sys/stat.h>

int fchmodat(int dirfd, const char *path, mode_t mode, int flags);

int fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
  (void)dirfd;
  (void)path;
  (void)mode;
  (void)flags;
  errno = ENOSYS;
  return -1;
}
