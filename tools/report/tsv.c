#include "tsv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int slurp(const char *path, char **text, size_t *len, struct err *e) {
  FILE *f = fopen(path, "rb");
  size_t cap = 4096, n = 0;
  char *s;

  if (!f) {
    err_sys(e, errno, path, "cannot open");
    return -1;
  }
  s = xmalloc(cap);
  for (;;) {
    n += fread(s + n, 1, cap - 1 - n, f);
    if (n < cap - 1)
      break;
    cap *= 2;
    s = xrealloc(s, cap);
  }
  if (ferror(f)) {
    err_sys(e, errno ? errno : EIO, path, "cannot read");
    fclose(f);
    free(s);
    return -1;
  }
  fclose(f);
  s[n] = '\0';
  *text = s;
  *len = n;
  return 0;
}

static void split_fields(struct tsv_row *r, char *line) {
  size_t n = 1;

  for (char *p = line; *p; p++)
    n += *p == '\t';
  r->f = xmalloc(n * sizeof *r->f);
  r->nf = 0;
  for (char *p = line;; p++) {
    if (*p == '\t' || !*p) {
      int end = !*p;
      *p = '\0';
      r->f[r->nf++] = line;
      line = p + 1;
      if (end)
        break;
    }
  }
}

static void add_row(struct tsv *t, size_t *cap, size_t lineno, char *line) {
  if (t->n == *cap) {
    *cap = *cap ? 2 * *cap : 32;
    t->rows = xrealloc(t->rows, *cap * sizeof *t->rows);
  }
  t->rows[t->n].line = lineno;
  split_fields(&t->rows[t->n], line);
  t->n++;
}

int tsv_read(struct tsv *t, const char *path, int keep_comments,
             struct err *e) {
  size_t len, cap = 0, lineno = 0;
  char *line;

  memset(t, 0, sizeof *t);
  t->path = xstrdup(path);
  if (slurp(path, &t->text, &len, e)) {
    tsv_free(t);
    return -1;
  }
  /* A NUL would silently cut a field short. */
  if (strlen(t->text) != len) {
    err_set(e, path, "contains a NUL byte");
    tsv_free(t);
    return -1;
  }
  for (line = t->text; *line;) {
    char *nl = strchr(line, '\n');
    char *next = nl ? nl + 1 : line + strlen(line);
    size_t n;

    if (nl)
      *nl = '\0';
    n = strlen(line);
    if (n && line[n - 1] == '\r')
      line[--n] = '\0';
    lineno++;
    if (n && (keep_comments || line[0] != '#'))
      add_row(t, &cap, lineno, line);
    line = next;
  }
  return 0;
}

void tsv_free(struct tsv *t) {
  for (size_t i = 0; i < t->n; i++)
    free(t->rows[i].f);
  free(t->rows);
  free(t->text);
  free(t->path);
  memset(t, 0, sizeof *t);
}

const char *tsv_field(const struct tsv_row *r, size_t i) {
  return i < r->nf ? r->f[i] : "";
}

int tsv_fields(const struct tsv *t, const struct tsv_row *r, size_t min,
               size_t max, struct err *e) {
  if (r->nf >= min && r->nf <= max)
    return 0;
  if (min == max)
    err_set(e, t->path,
            "line %zu: expected %zu TAB-separated fields, found %zu", r->line,
            max, r->nf);
  else
    err_set(e, t->path,
            "line %zu: expected %zu to %zu TAB-separated fields, found %zu",
            r->line, min, max, r->nf);
  return -1;
}

int read_text(const char *path, char **text, size_t *len, struct err *e) {
  return slurp(path, text, len, e);
}
