#ifndef WASISHIM_REPORT_SITE_H
#define WASISHIM_REPORT_SITE_H

#include "err.h"
#include "facts.h"
#include "manifest.h"

/* The config.site rows of the manifests (struct site_rule), over the
   facts. */

/* Fails naming the first condition of a row or a decision that names no
   catalogue fact. */
int modules_check(const struct modules *m, const struct facts *fs,
                  struct err *e);
/* The condition "1": no fact, always holds. */
int site_always(const struct site_rule *r);
/* The same line whatever the facts say (or the condition "1"). */
int site_fixed(const struct site_rule *r);
/* *unmeasured: the first fact read that was not measured, or NULL. */
int site_holds(const struct site_rule *r, const struct facts *fs,
               const struct fact **unmeasured);
/* The config.site line the rule asks for, or NULL for none. */
const char *site_line(const struct site_rule *r, const struct facts *fs,
                      const struct fact **unmeasured);

#endif
