/* See fakefs.h. Lookups are by exact path. A prefix of the path that is
 * not a directory of the table is answered like a real file system would
 * (ENOENT, ENOTDIR), and also flagged as misuse, since the walk only asks
 * about names under directories it has checked. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>
#include <sys/types.h>

#include "fakefs.h"

static const struct fakefs_entry *find(struct fakefs *fs, const char *path,
                                       size_t len) {
  if (len == 1 && path[0] == '/') {
    static const struct fakefs_entry root = {'d', "/", NULL, 0};
    return &root;
  }
  for (size_t i = 0; i < fs->n; i++)
    if (strlen(fs->e[i].path) == len && memcmp(fs->e[i].path, path, len) == 0)
      return &fs->e[i];
  return NULL;
}

/* The entry for path, or NULL with errno. */
static const struct fakefs_entry *lookup(struct fakefs *fs, const char *path) {
  size_t len = strlen(path);
  if (len == 0 || path[0] != '/') {
    fs->misuse = 1;
    errno = ENOENT;
    return NULL;
  }
  for (size_t i = 1; i < len; i++) {
    if (path[i] != '/')
      continue;
    const struct fakefs_entry *d = find(fs, path, i);
    if (d == NULL || d->type != 'd') {
      fs->misuse = 1;
      errno = d == NULL ? ENOENT : ENOTDIR;
      return NULL;
    }
  }
  const struct fakefs_entry *e = find(fs, path, len);
  if (e == NULL) {
    errno = ENOENT;
    return NULL;
  }
  if (e->err) {
    errno = e->err;
    return NULL;
  }
  return e;
}

static ssize_t fake_readlink(void *ctx, const char *path, char *buf,
                             size_t size) {
  const struct fakefs_entry *e = lookup(ctx, path);
  if (e == NULL)
    return -1;
  if (e->type != 'l') {
    errno = EINVAL;
    return -1;
  }
  /* readlink(2): truncated to size, no NUL. */
  size_t n = strlen(e->target);
  if (n > size)
    n = size;
  memcpy(buf, e->target, n);
  return (ssize_t)n;
}

static int fake_is_dir(void *ctx, const char *path) {
  struct fakefs *fs = ctx;
  const struct fakefs_entry *e = lookup(fs, path);
  if (e == NULL)
    return -1;
  if (e->type == 'l') {
    /* The walk resolves links itself and never asks this of one. */
    fs->misuse = 1;
    errno = EIO;
    return -1;
  }
  return e->type == 'd';
}

static char *fake_getcwd(void *ctx, char *buf, size_t size) {
  struct fakefs *fs = ctx;
  if (fs->cwd == NULL) {
    errno = fs->cwd_err;
    return NULL;
  }
  if (strlen(fs->cwd) + 1 > size) {
    errno = ERANGE;
    return NULL;
  }
  return strcpy(buf, fs->cwd);
}

void fakefs_init(struct fakefs *fs) {
  memset(fs, 0, sizeof *fs);
  fs->cwd = "/";
  fs->ops.readlink = fake_readlink;
  fs->ops.is_dir = fake_is_dir;
  fs->ops.getcwd = fake_getcwd;
  fs->ops.ctx = fs;
}

int fakefs_add(struct fakefs *fs, char type, const char *path,
               const char *target) {
  if (fs->n == FAKEFS_MAX)
    return -1;
  fs->e[fs->n++] = (struct fakefs_entry){type, path, target, 0};
  return 0;
}
