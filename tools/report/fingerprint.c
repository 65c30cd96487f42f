#include "fingerprint.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int parse_version(const char *s, int *out) {
  long v = 0;

  if (!*s)
    return -1;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return -1;
    v = v * 10 + (*s - '0');
    if (v > FP_MAX_VERSION)
      return -1;
  }
  *out = (int)v;
  return 0;
}

static int is_header(const struct tsv_row *r) {
  return !strcmp(tsv_field(r, 0), "fact") && !strcmp(tsv_field(r, 1), "from");
}

static int parse_row(const struct tsv *t, const struct tsv_row *r,
                     struct fp_row *out, struct err *e) {
  const char *to = tsv_field(r, 2);

  if (tsv_fields(t, r, 2, 4, e))
    return -1;
  out->line = r->line;
  out->fact = r->f[0];
  out->to = FP_OPEN;
  if (!is_fact_id(out->fact)) {
    err_set(e, t->path, "line %zu: fact '%s' is not [a-z0-9_]+", r->line,
            out->fact);
    return -1;
  }
  if (parse_version(r->f[1], &out->from)) {
    err_set(e, t->path, "line %zu: %s: from '%s' is not a version number",
            r->line, out->fact, r->f[1]);
    return -1;
  }
  /* "-" is the empty field of the other source-tree tables. */
  if (*to && strcmp(to, "-") && parse_version(to, &out->to)) {
    err_set(e, t->path, "line %zu: %s: to '%s' is not a version number",
            r->line, out->fact, to);
    return -1;
  }
  if (out->to != FP_OPEN && out->to < out->from) {
    err_set(e, t->path, "line %zu: %s: to %d is before from %d", r->line,
            out->fact, out->to, out->from);
    return -1;
  }
  return 0;
}

int fingerprint_load(struct fingerprint *fp, const char *path, struct err *e) {
  memset(fp, 0, sizeof *fp);
  if (tsv_read(&fp->t, path, 0, e))
    return -1;
  fp->v = xmalloc(fp->t.n * sizeof *fp->v);
  for (size_t i = 0; i < fp->t.n; i++) {
    struct fp_row *row = &fp->v[fp->n];

    if (i == 0 && is_header(&fp->t.rows[0]))
      continue;
    if (parse_row(&fp->t, &fp->t.rows[i], row, e)) {
      fingerprint_free(fp);
      return -1;
    }
    if (row->from >= fp->top)
      fp->top = row->from + 1;
    if (row->to >= fp->top)
      fp->top = row->to + 1;
    fp->n++;
  }
  return 0;
}

void fingerprint_free(struct fingerprint *fp) {
  free(fp->v);
  tsv_free(&fp->t);
  memset(fp, 0, sizeof *fp);
}

/* Versions run 0..top, top standing for every version from top on, so a
   finite array holds any intersection of the rows' intervals. */
static int row_excludes(const struct fp_row *r, int value, int v) {
  int inside = v >= r->from && (r->to == FP_OPEN || v <= r->to);

  return value ? !inside : inside;
}

struct applied {
  const struct fp_row *row;
  const struct fact *fact;
  int blamed; /* it sets one of the bounds shown */
};

static size_t collect_applied(const struct fingerprint *fp,
                              const struct facts *fs, struct applied *out) {
  size_t n = 0;

  for (size_t i = 0; i < fp->n; i++) {
    const struct fact *f = facts_find(fs, fp->v[i].fact);

    if (f && f->measured)
      out[n++] = (struct applied){&fp->v[i], f, 0};
  }
  return n;
}

static void blame_first_excluding(struct applied *a, size_t n, int v) {
  for (size_t i = 0; i < n; i++)
    if (row_excludes(a[i].row, a[i].fact->value, v)) {
      a[i].blamed = 1;
      return;
    }
}

static void add_segment(struct strbuf *b, int lo, int hi, int top) {
  if (lo == 0)
    sb_addf(b, "older than wasi-sdk %d", hi + 1);
  else if (hi == top)
    sb_addf(b, "of wasi-sdk %d or later", lo);
  else if (lo == hi)
    sb_addf(b, "of wasi-sdk %d", lo);
  else if (hi == lo + 1)
    sb_addf(b, "of wasi-sdk %d or %d", lo, hi);
  else
    sb_addf(b, "of wasi-sdk %d to %d", lo, hi);
}

/* Writes the segments of possible[] and marks the rows that bound them. */
static size_t add_segments(struct strbuf *b, const unsigned char *possible,
                           int top, struct applied *a, size_t n) {
  size_t segments = 0;

  for (int v = 0; v <= top; v++) {
    int lo = v;

    if (!possible[v])
      continue;
    while (v < top && possible[v + 1])
      v++;
    sb_add(b, segments++ ? ", or " : "");
    add_segment(b, lo, v, top);
    if (lo > 0)
      blame_first_excluding(a, n, lo - 1);
    if (v < top)
      blame_first_excluding(a, n, v + 1);
  }
  return segments;
}

static void add_fact_list(struct strbuf *b, const struct applied *a, size_t n,
                          int only_blamed) {
  const char *sep = " (fingerprint: ";

  for (size_t i = 0; i < n; i++)
    if (a[i].blamed || !only_blamed) {
      sb_addf(b, "%s%s=%d", sep, a[i].fact->id, a[i].fact->value);
      sep = ", ";
    }
  sb_add(b, ")");
}

/* possible[v] for v in 0..top: the versions the measured facts allow. */
static void narrow(const struct fingerprint *fp, const struct applied *a,
                   size_t n, unsigned char *possible) {
  memset(possible, 1, (size_t)fp->top + 1);
  for (size_t i = 0; i < n; i++)
    for (int v = 0; v <= fp->top; v++)
      if (row_excludes(a[i].row, a[i].fact->value, v))
        possible[v] = 0;
}

int fingerprint_allows(const struct fingerprint *fp, const struct facts *fs,
                       int major) {
  struct applied *a = xmalloc((fp->n ? fp->n : 1) * sizeof *a);
  unsigned char *possible = xmalloc((size_t)fp->top + 1);
  int ok;

  narrow(fp, a, collect_applied(fp, fs, a), possible);
  ok = possible[major < 0 ? 0 : major > fp->top ? fp->top : major];
  free(possible);
  free(a);
  return ok;
}

char *fingerprint_describe(const struct fingerprint *fp,
                           const struct facts *fs) {
  struct applied *a = xmalloc((fp->n ? fp->n : 1) * sizeof *a);
  unsigned char *possible = xmalloc((size_t)fp->top + 1);
  size_t n = collect_applied(fp, fs, a);
  struct strbuf b = {0};
  char *text = NULL;

  narrow(fp, a, n, possible);
  if (!memchr(possible, 0, (size_t)fp->top + 1))
    goto out; /* every version is still possible */
  sb_add(&b, "wasi-libc ");
  if (add_segments(&b, possible, fp->top, a, n) == 0) {
    /* The facts contradict the table: show all of them. */
    sb_add(&b, "unlike any wasi-sdk in probes/fingerprint.tsv");
    add_fact_list(&b, a, n, 0);
  } else {
    add_fact_list(&b, a, n, 1);
  }
  text = sb_take(&b);
out:
  free(b.s);
  free(possible);
  free(a);
  return text;
}
