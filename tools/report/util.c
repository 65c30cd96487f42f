#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void) {
  fputs("wasishim-report: out of memory\n", stderr);
  exit(1);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);

  if (!p)
    out_of_memory();
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    out_of_memory();
  return p;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;

  return memcpy(xmalloc(n), s, n);
}

char *path_join(const char *dir, const char *name) {
  struct strbuf b = {0};
  size_t n = strlen(dir);

  sb_add(&b, dir);
  if (n && dir[n - 1] != '/')
    sb_add(&b, "/");
  sb_add(&b, name);
  return sb_take(&b);
}

static void sb_reserve(struct strbuf *b, size_t more) {
  if (b->len + more + 1 <= b->cap)
    return;
  while (b->len + more + 1 > b->cap)
    b->cap = b->cap ? 2 * b->cap : 64;
  b->s = xrealloc(b->s, b->cap);
}

void sb_add(struct strbuf *b, const char *s) {
  size_t n = strlen(s);

  sb_reserve(b, n);
  memcpy(b->s + b->len, s, n + 1);
  b->len += n;
}

void sb_addf(struct strbuf *b, const char *fmt, ...) {
  va_list ap;
  int n;

  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  sb_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

char *sb_take(struct strbuf *b) {
  char *s = b->s ? b->s : xstrdup("");

  b->s = NULL;
  b->len = b->cap = 0;
  return s;
}

int is_fact_id(const char *s) {
  if (!*s)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

int is_c_identifier(const char *s) {
  if (!*s || (*s >= '0' && *s <= '9'))
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
          (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

static int cmp_strings(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void sort_strings(const char **v, size_t n) {
  if (n)
    qsort(v, n, sizeof *v, cmp_strings);
}
