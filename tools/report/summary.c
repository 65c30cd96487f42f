#include "summary.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int cmp_summary_fact(const void *a, const void *b) {
  return strcmp(((const struct summary_fact *)a)->id,
                ((const struct summary_fact *)b)->id);
}

static void header_line(struct summary *s, const struct tsv_row *r) {
  const char *key = r->f[0] + 1;

  while (*key == ' ')
    key++;
  if (r->nf != 2)
    return; /* a plain comment */
  if (!strcmp(key, "sdk_id") && !s->sdk_id)
    s->sdk_id = xstrdup(r->f[1]);
  else if (!strcmp(key, "identity") && !s->identity)
    s->identity = xstrdup(r->f[1]);
  else if (!strcmp(key, "runner") && !s->runner)
    s->runner = xstrdup(r->f[1]);
}

static int fact_line(struct summary *s, const struct tsv_row *r,
                     struct err *e) {
  struct summary_fact *f = &s->v[s->n];
  const char *value = tsv_field(r, 1), *prov = tsv_field(r, 2);

  if (tsv_fields(&s->t, r, 3, 4, e))
    return -1;
  if (!is_fact_id(r->f[0]) || (strcmp(value, "0") && strcmp(value, "1")) ||
      (strcmp(prov, "measured") && strcmp(prov, "not-run"))) {
    err_set(e, s->t.path, "line %zu: not a fact line (id, 0|1, provenance)",
            r->line);
    return -1;
  }
  *f = (struct summary_fact){r->f[0],         prov,
                             tsv_field(r, 3), "",
                             value[0] == '1', !strcmp(prov, "measured")};
  s->n++;
  return 0;
}

static int parse(struct summary *s, struct err *e) {
  s->v = xmalloc(s->t.n * sizeof *s->v);
  for (size_t i = 0; i < s->t.n; i++) {
    const struct tsv_row *r = &s->t.rows[i];

    if (r->f[0][0] == '#')
      header_line(s, r);
    else if (fact_line(s, r, e))
      return -1;
  }
  if (!s->sdk_id) {
    err_set(e, s->t.path, "no '# sdk_id' line");
    return -1;
  }
  if (!s->identity)
    s->identity = xstrdup("");
  if (!s->runner)
    s->runner = xstrdup("");
  if (s->n)
    qsort(s->v, s->n, sizeof *s->v, cmp_summary_fact);
  for (size_t i = 1; i < s->n; i++)
    if (!strcmp(s->v[i - 1].id, s->v[i].id)) {
      err_set(e, s->t.path, "fact '%s' is listed twice", s->v[i].id);
      return -1;
    }
  return 0;
}

static int add_detects(struct summary *s, const char *build, struct err *e) {
  char *path = path_join(build, "probes/catalogue.tsv");
  int rc = catalogue_load(&s->cat, path, e);

  free(path);
  if (rc)
    return e->sys_errno == ENOENT ? 0 : -1;
  for (size_t i = 0; i < s->n; i++) {
    const struct fact *f = catalogue_find(&s->cat, s->v[i].id);

    if (f)
      s->v[i].detects = f->detects;
  }
  return 0;
}

int summary_load(struct summary *s, const char *build, struct err *e) {
  char *path = path_join(build, "report.tsv");
  int rc;

  memset(s, 0, sizeof *s);
  rc = tsv_read(&s->t, path, 1, e);
  free(path);
  if (rc == 0)
    rc = parse(s, e) || add_detects(s, build, e) ? -1 : 0;
  if (rc)
    summary_free(s);
  return rc;
}

void summary_free(struct summary *s) {
  free(s->sdk_id);
  free(s->identity);
  free(s->runner);
  free(s->v);
  catalogue_free(&s->cat);
  tsv_free(&s->t);
  memset(s, 0, sizeof *s);
}

const struct summary_fact *summary_find(const struct summary *s,
                                        const char *id) {
  struct summary_fact key;

  if (!s->n)
    return NULL;
  key.id = id;
  return bsearch(&key, s->v, s->n, sizeof *s->v, cmp_summary_fact);
}

const char *summary_value(const struct summary_fact *f) {
  static const char *const text[2][2] = {{"0*", "0"}, {"1*", "1"}};

  return f ? text[f->value][f->measured] : "-";
}
