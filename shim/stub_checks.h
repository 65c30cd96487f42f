/* The argument checks of wasishim's stubs (docs/quirks/dup.md, chmod.md,
 * statvfs.md): a stub answers a caller's own mistake as POSIX does (EBADF,
 * ENOENT, EINVAL) and fails with its "cannot be done here" errno only for
 * a call that could have worked. Internal to shim/. */
#ifndef WASISHIM_STUB_CHECKS_H
#define WASISHIM_STUB_CHECKS_H

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <wasishim/shim.h>

/* 0 if fd is open, else -1 with errno EBADF. F_GETFL asks the runtime
 * (fd_fdstat_get); wasi-libc's F_GETFD answers 1 for any number. */
static inline int wasishim__fd_open(int fd) {
  if (fd >= 0 && fcntl(fd, F_GETFL) != -1)
    return 0;
  errno = EBADF;
  return -1;
}

/* 0 if path names a file from dirfd (flags as fstatat's), else -1 with
 * fstatat's errno (ENOENT, ENOTDIR, EBADF, ...). */
static inline int wasishim__path_found(int dirfd, const char *path, int flags) {
  struct stat st;
  return fstatat(dirfd, path, &st, flags) == 0 ? 0 : -1;
}

/* -1 with errno e: what every stub ends with. */
static inline int wasishim__fail(int e) {
  errno = e;
  return -1;
}

#endif
