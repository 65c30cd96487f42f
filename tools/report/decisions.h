#ifndef WASISHIM_REPORT_DECISIONS_H
#define WASISHIM_REPORT_DECISIONS_H

#include <stddef.h>

#include "err.h"
#include "facts.h"
#include "tsv.h"

/* BUILD/probes/decisions.tsv, which tools/shim/modules writes from the
   module manifests: module, kind, name, condition, what. */
struct decision {
  const char *module, *kind, *name, *cond, *what;
};
struct decisions {
  struct tsv t;
  struct decision *v;
  size_t n;
};

/* A missing file is no decision at all (a build of an older engine). */
int decisions_load(struct decisions *d, const char *path, struct err *e);
void decisions_free(struct decisions *d);

/* Whether COND ("a&!b", "a|b", "a&b|!c", where & binds tighter, or "1")
   holds over the facts; *unmeasured is the first fact it reads that was
   not measured, or NULL. A fact not in the catalogue counts as 0. */
int decision_holds(const char *cond, const struct facts *fs,
                   const struct fact **unmeasured);

#endif
