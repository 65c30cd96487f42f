/* libFuzzer target for realpath's walk (shim/resolve_path.c), run by
 * tools/test/fuzz. The input describes a made-up file system and a path:
 *
 *   byte 0      the buffer size, 2..257
 *   then lines  the working directory,
 *               entries "d/a", "f/a/b", "l/a/c target" (type, then an
 *               absolute path, then for links a space and the target),
 *               and last the path to resolve.
 *
 * Besides what ASan and UBSan catch, a result must be canonical (absolute,
 * no empty, "." or ".." component, no trailing slash), must name a
 * directory, file or dangling-free entry of the table, must fit, and must
 * resolve to itself; the walk must not ask about names under anything but
 * checked directories. A violation aborts, which libFuzzer reports.
 *
 * Sources: shim/resolve_path.c tests/host/shim/fakefs.c
 * Includes: shim tests/host/shim */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fakefs.h"
#include "internal.h"

#define MAXSIZE 257

static void check(int ok, const char *what, const char *path, const char *got) {
  if (!ok) {
    fprintf(stderr, "fuzz_realpath: %s: path \"%s\" gave \"%s\"\n", what, path,
            got);
    abort();
  }
}

static int canonical(const char *p) {
  if (p[0] != '/')
    return 0;
  if (p[1] == '\0')
    return 1;
  for (const char *c = p; *c; c++) {
    if (*c != '/')
      continue;
    const char *n = c + 1;
    size_t len = strcspn(n, "/");
    if (len == 0) /* empty component or trailing slash */
      return 0;
    if ((len == 1 && n[0] == '.') || (len == 2 && n[0] == '.' && n[1] == '.'))
      return 0;
  }
  return 1;
}

/* The entry the table holds for p ("/" is always a directory). */
static const struct fakefs_entry *entry(const struct fakefs *fs,
                                        const char *p) {
  static const struct fakefs_entry root = {'d', "/", NULL, 0};
  if (strcmp(p, "/") == 0)
    return &root;
  for (size_t i = 0; i < fs->n; i++)
    if (strcmp(fs->e[i].path, p) == 0)
      return &fs->e[i];
  return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  size_t bufsize = 2 + data[0] % (MAXSIZE - 1);
  /* The lines, NUL-terminated in a copy the entries can point into. */
  char *text = malloc(size);
  if (text == NULL)
    return 0;
  memcpy(text, data + 1, size - 1);
  text[size - 1] = '\0';
  char *lines[FAKEFS_MAX + 2];
  size_t nl = 0;
  for (char *s = text; nl < FAKEFS_MAX + 2;) {
    lines[nl++] = s;
    char *e = strchr(s, '\n');
    if (e == NULL)
      break;
    *e = '\0';
    s = e + 1;
  }

  struct fakefs fs;
  fakefs_init(&fs);
  const char *path = lines[nl - 1];
  if (nl >= 2)
    fs.cwd = lines[0];
  for (size_t i = 1; i + 1 < nl; i++) {
    char *l = lines[i];
    char type = l[0];
    if ((type != 'd' && type != 'f' && type != 'l') || l[1] != '/')
      continue;
    char *target = NULL;
    if (type == 'l') {
      char *sp = strchr(l, ' ');
      if (sp == NULL)
        continue;
      *sp = '\0';
      target = sp + 1;
    }
    /* Only canonical names, once each: what a file system can hold. */
    if (!canonical(l + 1) || strcmp(l + 1, "/") == 0 || entry(&fs, l + 1))
      continue;
    fakefs_add(&fs, type, l + 1, target);
  }

  char out[MAXSIZE], work[MAXSIZE];
  /* Exactly bufsize bytes each, so that ASan sees a step outside. */
  char *o = malloc(bufsize), *w = malloc(bufsize);
  if (o == NULL || w == NULL) {
    free(o);
    free(w);
    free(text);
    return 0;
  }
  errno = 0;
  int r = wasishim__resolve_path(&fs.ops, path, o, w, bufsize);
  check(fs.misuse == 0, "asked about a name under a non-directory", path,
        r == 0 ? o : "(failed)");
  if (r != 0) {
    check(errno != 0, "failed without errno", path, "(failed)");
  } else {
    check(strlen(o) < bufsize, "result does not fit", path, o);
    check(canonical(o), "result is not canonical", path, o);
    const struct fakefs_entry *e = entry(&fs, o);
    check(e != NULL && e->type != 'l', "result is not a file or directory",
          path, o);
    /* The walk again, on its own result: nothing left to resolve. */
    strcpy(out, o);
    int r2 = wasishim__resolve_path(&fs.ops, out, work, o, bufsize);
    check(r2 == 0 && strcmp(work, out) == 0,
          "result does not resolve to itself", path, out);
  }
  free(o);
  free(w);
  free(text);
  return 0;
}
