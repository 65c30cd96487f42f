/* realpath, provided where the SDK lacks it (wasi-libc before SDK 22, probe
 * realpath_links) and replacing the SDK's where ".." is not resolved as
 * POSIX says (probe realpath_dotdot_works: musl's realpath takes the text
 * of the working directory as canonical, and wasi-libc keeps that text as
 * chdir was given it, "/d/.." included; it also lets "file/.." through).
 * The walk itself is wasishim__resolve_path, shared with the host tests and
 * the fuzzer. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wasishim/shim.h>

#include "internal.h"

static ssize_t do_readlink(void *ctx, const char *path, char *buf,
                           size_t size) {
  (void)ctx;
  return readlink(path, buf, size);
}

static int do_is_dir(void *ctx, const char *path) {
  struct stat st;
  (void)ctx;
  if (stat(path, &st) != 0)
    return -1;
  return S_ISDIR(st.st_mode) ? 1 : 0;
}

static char *do_getcwd(void *ctx, char *buf, size_t size) {
  (void)ctx;
  char *r = getcwd(buf, size);
  /* A working directory longer than PATH_MAX cannot give a path that fits
   * either; ERANGE is not one of realpath's errors. */
  if (r == NULL && errno == ERANGE)
    errno = ENAMETOOLONG;
  return r;
}

static char *resolve(const char *restrict path, char *restrict resolved) {
  static const struct wasishim__path_ops ops = {do_readlink, do_is_dir,
                                                do_getcwd, NULL};
  char out[PATH_MAX], work[PATH_MAX];
  /* Every component that is not a link leaves EINVAL behind; a success
   * keeps the caller's errno. */
  int saved = errno;
  if (wasishim__resolve_path(&ops, path, out, work, sizeof out) != 0)
    return NULL;
  errno = saved;
  if (resolved == NULL)
    return strdup(out); /* ENOMEM when it fails */
  return strcpy(resolved, out);
}

#if WASISHIM_PROVIDE_REALPATH
char *realpath(const char *restrict path, char *restrict resolved) {
  return resolve(path, resolved);
}
#endif

#if WASISHIM_REPLACE_REALPATH
char *wasishim_realpath(const char *restrict path, char *restrict resolved);

char *wasishim_realpath(const char *restrict path, char *restrict resolved) {
  return resolve(path, resolved);
}
#endif
