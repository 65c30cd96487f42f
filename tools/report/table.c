#include "table.h"

#include <stdlib.h>
#include <string.h>

#include "tsv.h"
#include "util.h"

static void add(struct table *t, const char **row) {
  if (t->nrows == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 64;
    t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
  }
  memcpy(t->cells + t->nrows++ * t->ncols, row, t->ncols * sizeof *row);
}

static const char *keep(struct table *t, char *s) {
  t->owned = xrealloc(t->owned, (t->nowned + 1) * sizeof *t->owned);
  t->owned[t->nowned++] = s;
  return s;
}

void table_free(struct table *t) {
  for (size_t i = 0; i < t->nowned; i++)
    free(t->owned[i]);
  free(t->owned);
  free(t->cells);
  memset(t, 0, sizeof *t);
}

int table_print(FILE *out, const struct table *t, char **names, size_t n,
                const char *what, struct err *e) {
  size_t *idx = xmalloc((n ? n : t->ncols) * sizeof *idx);

  for (size_t i = 0; i < n; i++) {
    for (idx[i] = 0; idx[i] < t->ncols; idx[i]++)
      if (!strcmp(t->cols[idx[i]], names[i]))
        break;
    if (idx[i] == t->ncols) {
      err_set(e, what, "no column '%s'", names[i]);
      free(idx);
      return -1;
    }
  }
  if (!n) {
    for (size_t i = 0; i < t->ncols; i++) {
      idx[i] = i;
      fprintf(out, "%s%s", i ? "\t" : "", t->cols[i]);
    }
    fputc('\n', out);
    n = t->ncols;
  }
  for (size_t r = 0; r < t->nrows; r++)
    for (size_t i = 0; i < n; i++)
      fprintf(out, "%s%c", t->cells[r * t->ncols + idx[i]],
              i + 1 < n ? '\t' : '\n');
  free(idx);
  return 0;
}

static const char *const dec_cols[] = {"module", "kind", "name", "condition",
                                       "what"};
static const char *const site_cols[] = {"module", "line",  "condition",
                                        "when1",  "when0", "reason"};
static const char *const file_cols[] = {"module", "role", "path"};
static const char *const read_cols[] = {"module", "fact"};
static const char *const dep_cols[] = {"module", "depends"};

static void words_rows(struct table *t, const char *module, const char *role,
                       const struct words *w) {
  for (size_t i = 0; i < w->n; i++) {
    const char *row[3] = {module, role, w->v[i]};

    add(t, row);
  }
}

#define COLS(t, c) ((t)->cols = (c), (t)->ncols = sizeof(c) / sizeof(c)[0])

int modules_table(struct table *t, const struct modules *m, const char *name,
                  struct err *e) {
  memset(t, 0, sizeof *t);
  if (!strcmp(name, "decisions")) {
    COLS(t, dec_cols);
    for (size_t i = 0; i < m->ndec; i++) {
      const struct decision *d = &m->dec[i];
      const char *row[] = {d->module, d->kind, d->name, d->cond, d->what};

      add(t, row);
    }
  } else if (!strcmp(name, "site")) {
    COLS(t, site_cols);
    for (size_t i = 0; i < m->nsite; i++) {
      const struct site_rule *s = &m->site[i];
      char *line = xmalloc(32);
      const char *row[6];

      snprintf(line, 32, "%zu", s->line);
      row[0] = s->module;
      row[1] = keep(t, line);
      row[2] = s->cond;
      row[3] = s->when1;
      row[4] = s->when0;
      row[5] = s->reason;
      add(t, row);
    }
  } else if (!strcmp(name, "files")) {
    COLS(t, file_cols);
    for (size_t i = 0; i < m->ndec; i++)
      if (!strcmp(m->dec[i].kind, "provide") ||
          !strcmp(m->dec[i].kind, "replace")) {
        const char *row[] = {m->dec[i].module, "source", m->dec[i].what};

        add(t, row);
      }
    for (size_t i = 0; i < m->n; i++) {
      const struct module *x = &m->v[i];

      words_rows(t, x->name, "shared", &x->shared);
      words_rows(t, x->name, "header", &x->headers);
      words_rows(t, x->name, "test", &x->tests);
      words_rows(t, x->name, "doc", &x->docs);
    }
  } else if (!strcmp(name, "reads") || !strcmp(name, "depends")) {
    int reads = !strcmp(name, "reads");

    if (reads)
      COLS(t, read_cols);
    else
      COLS(t, dep_cols);
    for (size_t i = 0; i < m->n; i++) {
      const struct words *w = reads ? &m->v[i].reads : &m->v[i].depends;

      for (size_t j = 0; j < w->n; j++) {
        const char *row[] = {m->v[i].name, w->v[j]};

        add(t, row);
      }
    }
  } else {
    err_set(e, name, "no such table (decisions, site, files, reads, depends)");
    return -1;
  }
  return 0;
}

/* The tables this tool writes without a header line, and their columns
   (docs/probe-files.md, docs/report-schema.md): read by name like the
   others. */
static const struct {
  const char *file;
  const char *cols[10];
  size_t n;
} headerless[] = {
    {"catalogue.tsv",
     {"id", "kind", "macro", "where", "detects", "seen", "link", "fallback",
      "fallback_why", "bits"},
     10},
    {"report.tsv", {"id", "value", "provenance", "detail"}, 4},
};

int file_table(struct table *t, const char *path, struct err *e) {
  struct tsv f;
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  size_t first = 1;

  memset(t, 0, sizeof *t);
  if (tsv_read(&f, path, 0, e))
    return -1;
  for (size_t i = 0; i < sizeof headerless / sizeof headerless[0]; i++)
    if (!strcmp(base, headerless[i].file)) {
      t->cols = headerless[i].cols;
      t->ncols = headerless[i].n;
      first = 0;
    }
  if (first && !f.n) {
    err_set(e, path, "no header line naming the columns");
    tsv_free(&f);
    return -1;
  }
  if (first) {
    const char **cols = xmalloc(f.rows[0].nf * sizeof *cols);

    for (size_t i = 0; i < f.rows[0].nf; i++)
      cols[i] = keep(t, xstrdup(f.rows[0].f[i]));
    t->cols = cols;
    t->ncols = f.rows[0].nf;
    keep(t, (char *)cols);
  }
  for (size_t r = first; r < f.n; r++) {
    const char **row = xmalloc(t->ncols * sizeof *row);

    if (f.rows[r].nf > t->ncols) {
      err_set(e, path, "line %zu: %zu fields, the header names %zu",
              f.rows[r].line, f.rows[r].nf, t->ncols);
      free(row);
      tsv_free(&f);
      table_free(t);
      return -1;
    }
    for (size_t i = 0; i < t->ncols; i++)
      row[i] = keep(t, xstrdup(tsv_field(&f.rows[r], i)));
    add(t, row);
    free(row);
  }
  tsv_free(&f);
  return 0;
}
