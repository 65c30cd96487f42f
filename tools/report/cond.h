#ifndef WASISHIM_REPORT_COND_H
#define WASISHIM_REPORT_COND_H

#include <stddef.h>

#include "err.h"
#include "facts.h"

/* The condition language of the manifests (docs/shim-design.md), parsed and
   evaluated here and nowhere else: facts, each maybe negated with '!',
   joined by '&' (all hold) and '|' (any holds), '&' binding tighter as in
   C, no parentheses; "1" and "0" are constants. A condition is kept as its
   text without blanks ("a&!b|c"). */

/* TEXT without its blanks, or NULL (and *why set) when it is no condition. */
char *cond_normalize(const char *text, const char **why);

/* The facts COND names, one at a time, constants left out: *pos starts at
   0; each call puts the next fact id into buf and returns 1, or returns 0
   at the end. *neg says whether it is negated. */
int cond_next_fact(const char *cond, size_t *pos, char *buf, size_t size,
                   int *neg);

/* Whether COND holds over the facts. *unmeasured is the first fact it
   reads that was not measured, or NULL: every term is read, so that one is
   found in any alternative. A fact not in the catalogue counts as 0
   (cond_check rejects such a condition first). */
int cond_holds(const char *cond, const struct facts *fs,
               const struct fact **unmeasured);

/* Fails naming WHERE when COND names a fact the catalogue lacks. */
int cond_check(const char *cond, const struct facts *fs, const char *where,
               struct err *e);

/* COND with FACT added to each alternative: "a|b", "f" give "f&a|f&b". */
char *cond_and_each(const char *cond, const char *fact);

/* How many facts COND names (constants left out). */
size_t cond_count(const char *cond);

#endif
