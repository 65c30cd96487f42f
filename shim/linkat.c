/* linkat where the libc resolves both AT_FDCWD paths into one buffer (probe
 * linkat_cwd_works, wasi-libc before PR 690): each path is looked up among
 * the preopened folders into a buffer of its own, then WASI's path_link
 * makes the link. Flags as the libc has them: AT_SYMLINK_FOLLOW follows a
 * symbolic link, other bits are ignored. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#include <wasi/api.h>
#include <wasi/libc-find-relpath.h>

int wasishim_linkat(int olddirfd, const char *old, int newdirfd,
                    const char *new, int flags);

/* The folder descriptor and relative path that (dirfd, path) names; -1
 * with errno when no preopened folder holds it. */
static int locate(int dirfd, const char *path, char *buf, size_t size,
                  const char **rel) {
  if (dirfd != AT_FDCWD && path[0] != '/') {
    *rel = path;
    return dirfd;
  }
  const char *prefix;
  char *r = buf;
  int fd = __wasilibc_find_relpath(path, &prefix, &r, size);
  if (fd == -1)
    return -1;
  *rel = r;
  return fd;
}

int wasishim_linkat(int olddirfd, const char *old, int newdirfd,
                    const char *new, int flags) {
  char oldbuf[PATH_MAX], newbuf[PATH_MAX];
  const char *o, *n;
  int ofd = locate(olddirfd, old, oldbuf, sizeof oldbuf, &o);
  if (ofd == -1)
    return -1;
  int nfd = locate(newdirfd, new, newbuf, sizeof newbuf, &n);
  if (nfd == -1)
    return -1;
  __wasi_lookupflags_t lookup =
      flags & AT_SYMLINK_FOLLOW ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0;
  __wasi_errno_t e = __wasi_path_link(ofd, lookup, o, nfd, n);
  if (e != 0) {
    errno = e;
    return -1;
  }
  return 0;
}
