#include "decisions.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int decisions_load(struct decisions *d, const char *path, struct err *e) {
  memset(d, 0, sizeof *d);
  if (tsv_read(&d->t, path, 0, e)) {
    if (e->sys_errno != ENOENT)
      return -1;
    memset(e, 0, sizeof *e);
    return 0;
  }
  d->v = xmalloc((d->t.n ? d->t.n : 1) * sizeof *d->v);
  for (size_t i = 0; i < d->t.n; i++) {
    const struct tsv_row *r = &d->t.rows[i];

    if (tsv_fields(&d->t, r, 5, 5, e)) {
      decisions_free(d);
      return -1;
    }
    d->v[d->n++] =
        (struct decision){r->f[0], r->f[1], r->f[2], r->f[3], r->f[4]};
  }
  return 0;
}

void decisions_free(struct decisions *d) {
  free(d->v);
  tsv_free(&d->t);
  memset(d, 0, sizeof *d);
}

/* One term, "fact" or "!fact", of LEN characters. */
static int term(const char *t, size_t len, const struct facts *fs,
                const struct fact **unmeasured) {
  int neg = len && t[0] == '!';
  char id[128];
  const struct fact *f;

  t += neg;
  len -= (size_t)neg;
  if (len >= sizeof id)
    len = sizeof id - 1;
  memcpy(id, t, len);
  id[len] = '\0';
  if (!strcmp(id, "1") || !strcmp(id, "0"))
    return neg ^ (id[0] == '1');
  f = facts_find(fs, id);
  if (f && !f->measured && !*unmeasured)
    *unmeasured = f;
  return neg ^ (f && f->value);
}

/* Alternatives joined by '|', each terms joined by '&' that must all hold:
 * '&' binds tighter, as in C. Every term is read, so that the first
 * unmeasured fact is found wherever it is. */
int decision_holds(const char *cond, const struct facts *fs,
                   const struct fact **unmeasured) {
  int v = 0, all = 1;

  *unmeasured = NULL;
  for (const char *p = cond;;) {
    size_t len = strcspn(p, "&|");

    all = term(p, len, fs, unmeasured) && all;
    if (p[len] != '&') {
      v = v || all;
      all = 1;
    }
    if (!p[len])
      break;
    p += len + 1;
  }
  return v;
}
