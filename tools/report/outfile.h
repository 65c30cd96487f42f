#ifndef WASISHIM_REPORT_OUTFILE_H
#define WASISHIM_REPORT_OUTFILE_H

#include <stdio.h>

#include "err.h"

/* A file written under a temporary name in its own folder, so that a rename
   puts it in place whole or not at all. */
struct outfile {
  char *path, *tmp;
  FILE *f;
};

int outfile_open(struct outfile *o, const char *path, struct err *e);
/* Flushes and closes the temporary file, catching late write errors. */
int outfile_close(struct outfile *o, struct err *e);
int outfile_commit(struct outfile *o, struct err *e);
/* Removes whatever is left of the temporary file; safe to call twice. */
void outfile_discard(struct outfile *o);

#endif
