#ifndef WASISHIM_REPORT_SUMMARY_H
#define WASISHIM_REPORT_SUMMARY_H

#include <stddef.h>
#include <stdio.h>

#include "err.h"
#include "facts.h"
#include "tsv.h"

/* A BUILD/report.tsv read back, for the commands that look across SDKs. */
struct summary_fact {
  const char *id, *provenance, *detail;
  const char *detects; /* from BUILD/probes/catalogue.tsv, or "" */
  int value, measured;
};
struct summary {
  char *sdk_id, *identity, *runner; /* from the "# key<TAB>value" lines */
  struct tsv t;
  struct catalogue cat;
  struct summary_fact *v; /* sorted by id */
  size_t n;
};

/* Also reads the catalogue for the facts' descriptions when it is there: a
   report.tsv copied away from its build folder still compares. */
int summary_load(struct summary *s, const char *build, struct err *e);
void summary_free(struct summary *s);
const struct summary_fact *summary_find(const struct summary *s,
                                        const char *id);
/* "1", "0", "1*" or "0*" (not measured), or "-" when f is NULL. */
const char *summary_value(const struct summary_fact *f);

void print_matrix(FILE *out, const struct summary *s, size_t n);
/* Returns how many facts differ. */
size_t print_compare(FILE *out, const struct summary *a,
                     const struct summary *b);

#endif
