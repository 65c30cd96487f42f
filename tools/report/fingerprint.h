#ifndef WASISHIM_REPORT_FINGERPRINT_H
#define WASISHIM_REPORT_FINGERPRINT_H

#include <stddef.h>

#include "err.h"
#include "facts.h"
#include "tsv.h"

/* probes/fingerprint.tsv: the fact is 1 exactly on wasi-sdk from..to. */
struct fp_row {
  size_t line;
  const char *fact;
  int from;
  int to; /* FP_OPEN: "and every later one" */
};
enum { FP_OPEN = -1, FP_MAX_VERSION = 9999 };

struct fingerprint {
  struct tsv t;
  struct fp_row *v;
  size_t n;
  int top; /* above every bound in the file: stands for "top or later" */
};

int fingerprint_load(struct fingerprint *fp, const char *path, struct err *e);
void fingerprint_free(struct fingerprint *fp);

/* "wasi-libc of wasi-sdk 26 or 27 (fingerprint: a=1, b=0)" from the rows
   whose fact is in the catalogue and measured; NULL when those rows do not
   narrow the SDK down at all. */
char *fingerprint_describe(const struct fingerprint *fp,
                           const struct facts *fs);
/* Whether the facts allow wasi-sdk MAJOR; 1 when they do not narrow the SDK
   down at all. */
int fingerprint_allows(const struct fingerprint *fp, const struct facts *fs,
                       int major);

#endif
