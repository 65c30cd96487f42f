#ifndef WASISHIM_REPORT_SITE_H
#define WASISHIM_REPORT_SITE_H

#include <stddef.h>

#include "err.h"
#include "facts.h"
#include "tsv.h"

/* One row of probes/config-site.tsv. */
struct site_rule {
  size_t line;
  const char *fact_id; /* the condition without its '!' */
  int negate;
  const char *when1, *when0, *reason;
};
struct site_rules {
  struct tsv t;
  struct site_rule *v;
  size_t n;
};

int site_load(struct site_rules *s, const char *path, struct err *e);
void site_free(struct site_rules *s);
/* Fails naming the first row whose condition names no catalogue fact. */
int site_check(const struct site_rules *s, const struct facts *fs,
               struct err *e);
/* The condition "1": no fact, always holds. */
int site_always(const struct site_rule *r);
/* The same line whatever the fact says (or the condition "1"). */
int site_fixed(const struct site_rule *r);
int site_holds(const struct site_rule *r, const struct fact *f);
/* The config.site line the rule asks for, or NULL for none. */
const char *site_line(const struct site_rule *r, const struct fact *f);

#endif
