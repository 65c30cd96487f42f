#ifndef WASISHIM_REPORT_WRITE_H
#define WASISHIM_REPORT_WRITE_H

#include "err.h"
#include "fingerprint.h"
#include "report.h"

/* Everything a command about one build reads: its facts, the fingerprint
   table and the manifests of SRCDIR, checked against each other. */
struct loaded {
  struct facts facts;
  struct fingerprint fp;
  struct modules modules;
  struct ident ident;
  struct report r;
};
int report_load(struct loaded *in, const char *build, const char *srcdir,
                struct err *e);
void report_unload(struct loaded *in);

/* `wasishim-report write BUILD SRCDIR`: every output or, on error, none
   half-written. */
int report_write(const char *build, const char *srcdir, struct err *e);

#endif
