#include "site.h"

#include <stdio.h>
#include <string.h>

#include "cond.h"

int modules_check(const struct modules *m, const struct facts *fs,
                  struct err *e) {
  char where[600];

  for (size_t i = 0; i < m->nsite; i++) {
    snprintf(where, sizeof where, "modules/%s:%zu", m->site[i].module,
             m->site[i].line);
    if (!site_always(&m->site[i]) && cond_check(m->site[i].cond, fs, where, e))
      return -1;
  }
  for (size_t i = 0; i < m->ndec; i++) {
    snprintf(where, sizeof where, "modules/%s: %s %s", m->dec[i].module,
             m->dec[i].kind, m->dec[i].name);
    if (cond_check(m->dec[i].cond, fs, where, e))
      return -1;
  }
  return 0;
}

int site_always(const struct site_rule *r) {
  return !strcmp(r->cond, "1");
}

int site_fixed(const struct site_rule *r) {
  return site_always(r) || !strcmp(r->when1, r->when0);
}

int site_holds(const struct site_rule *r, const struct facts *fs,
               const struct fact **unmeasured) {
  *unmeasured = NULL;
  return site_always(r) || cond_holds(r->cond, fs, unmeasured);
}

const char *site_line(const struct site_rule *r, const struct facts *fs,
                      const struct fact **unmeasured) {
  const char *line = site_holds(r, fs, unmeasured) ? r->when1 : r->when0;

  /* An empty field is read like "-": nothing to write. */
  return !*line || !strcmp(line, "-") ? NULL : line;
}
