#include "site.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int parse_row(const struct tsv *t, const struct tsv_row *r,
                     struct site_rule *out, struct err *e) {
  const char *cond = tsv_field(r, 0);

  if (tsv_fields(t, r, 3, 4, e))
    return -1;
  out->line = r->line;
  out->negate = cond[0] == '!';
  out->fact_id = cond + out->negate;
  out->when1 = tsv_field(r, 1);
  out->when0 = tsv_field(r, 2);
  out->reason = tsv_field(r, 3);
  /* "1": a line every SDK needs, for the tool rather than the libc. */
  if (!strcmp(cond, "1"))
    return 0;
  if (!is_fact_id(out->fact_id)) {
    err_set(e, t->path, "line %zu: condition '%s' is not a fact id or !id",
            r->line, cond);
    return -1;
  }
  return 0;
}

int site_load(struct site_rules *s, const char *path, struct err *e) {
  memset(s, 0, sizeof *s);
  if (tsv_read(&s->t, path, 0, e))
    return -1;
  s->v = xmalloc(s->t.n * sizeof *s->v);
  for (size_t i = 0; i < s->t.n; i++) {
    if (i == 0 && !strcmp(s->t.rows[0].f[0], "condition"))
      continue; /* a header line */
    if (parse_row(&s->t, &s->t.rows[i], &s->v[s->n], e)) {
      site_free(s);
      return -1;
    }
    s->n++;
  }
  return 0;
}

void site_free(struct site_rules *s) {
  free(s->v);
  tsv_free(&s->t);
  memset(s, 0, sizeof *s);
}

int site_check(const struct site_rules *s, const struct facts *fs,
               struct err *e) {
  for (size_t i = 0; i < s->n; i++)
    if (!site_always(&s->v[i]) && !facts_find(fs, s->v[i].fact_id)) {
      err_set(e, s->t.path,
              "line %zu: condition '%s%s' names no fact in the catalogue",
              s->v[i].line, s->v[i].negate ? "!" : "", s->v[i].fact_id);
      return -1;
    }
  return 0;
}

int site_always(const struct site_rule *r) {
  return !strcmp(r->fact_id, "1");
}

int site_fixed(const struct site_rule *r) {
  return site_always(r) || !strcmp(r->when1, r->when0);
}

int site_holds(const struct site_rule *r, const struct fact *f) {
  if (site_always(r))
    return 1;
  return r->negate ? !f->value : f->value;
}

const char *site_line(const struct site_rule *r, const struct fact *f) {
  const char *line = site_holds(r, f) ? r->when1 : r->when0;

  /* An empty field is read like "-": nothing to write. */
  return !*line || !strcmp(line, "-") ? NULL : line;
}
