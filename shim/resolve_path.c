/* realpath's walk, on top of readlink, a directory check and getcwd given
 * as callbacks (struct wasishim__path_ops), so that the same code runs in
 * wasm and, against made-up file systems, in the host tests and the fuzzer.
 *
 * Components are taken one at a time from a pending path and appended to
 * the resolved prefix; a symbolic link is replaced by its target in the
 * pending path, so ".." always climbs the real parent. The pending path
 * sits at the end of the work buffer: a link target is read into the free
 * space in front of it, then moved next to it, with no second buffer. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/types.h>

#include "internal.h"

static int fail(int e) {
  errno = e;
  return -1;
}

int wasishim__resolve_path(const struct wasishim__path_ops *ops,
                           const char *path, char *out, char *work,
                           size_t size) {
  if (path == NULL)
    return fail(EINVAL);
  if (path[0] == '\0')
    return fail(ENOENT);
  if (size < 2)
    return fail(ENAMETOOLONG);

  /* The pending path: work[p .. size-2], NUL at work[size-1]. */
  size_t plen = strlen(path);
  if (plen > size - 1)
    return fail(ENAMETOOLONG);
  size_t p = size - 1 - plen;
  memcpy(work + p, path, plen + 1);
  if (path[0] != '/') {
    /* Relative: the working directory goes in front and is walked like
     * the rest, since its text may hold ".." or links (wasi-libc keeps the
     * text chdir was given). */
    if (ops->getcwd(ops->ctx, out, size) == NULL)
      return -1;
    size_t clen = strlen(out);
    if (clen + 1 > p)
      return fail(ENAMETOOLONG);
    work[--p] = '/';
    p -= clen;
    memcpy(work + p, out, clen);
  }

  /* The resolved prefix: out[0 .. olen-1], always starting with '/'. */
  out[0] = '/';
  size_t olen = 1;
  int links = 0;

  for (;;) {
    while (work[p] == '/')
      p++;
    if (work[p] == '\0')
      break;
    size_t start = p;
    while (work[p] != '/' && work[p] != '\0')
      p++;
    size_t clen = p - start;
    /* A slash after the name, even a trailing one, means it must be a
     * directory. */
    int must_be_dir = work[p] == '/';

    if (clen == 1 && work[start] == '.')
      continue; /* out is a directory already */
    if (clen == 2 && work[start] == '.' && work[start + 1] == '.') {
      while (olen > 1 && out[olen - 1] != '/')
        olen--;
      if (olen > 1)
        olen--; /* the slash before the last name */
      continue;
    }

    size_t prev = olen;
    size_t need = olen + (olen > 1) + clen;
    if (need > size - 1)
      return fail(ENAMETOOLONG);
    if (olen > 1)
      out[olen++] = '/';
    memcpy(out + olen, work + start, clen);
    olen += clen;
    out[olen] = '\0';

    /* The link target is read in front of the pending path; it must leave
     * at least one byte free, or it may have been cut. */
    ssize_t k = ops->readlink(ops->ctx, out, work, p);
    if (k < 0) {
      if (errno != EINVAL)
        return -1;
      if (must_be_dir) {
        int d = ops->is_dir(ops->ctx, out);
        if (d < 0)
          return -1;
        if (d == 0)
          return fail(ENOTDIR);
      }
      continue;
    }
    if (++links > WASISHIM__SYMLOOP_MAX)
      return fail(ELOOP);
    if (k == 0)
      return fail(ENOENT);
    if ((size_t)k >= p)
      return fail(ENAMETOOLONG);
    /* The target replaces the name: pending becomes target + rest. */
    memmove(work + p - (size_t)k, work, (size_t)k);
    p -= (size_t)k;
    olen = work[p] == '/' ? 1 : prev;
  }

  out[olen] = '\0';
  return 0;
}
