#ifndef WASISHIM_REPORT_TABLE_H
#define WASISHIM_REPORT_TABLE_H

#include <stddef.h>
#include <stdio.h>

#include "err.h"
#include "manifest.h"

/* Rows of named columns, for the commands that hand a table to a script:
   the script names the columns it wants, so no column is read by its
   position outside this tool. */
struct table {
  const char *const *cols;
  size_t ncols;
  const char **cells; /* row-major */
  size_t nrows, cap;
  char **owned;
  size_t nowned;
};

void table_free(struct table *t);
/* Prints the named columns of every row, TAB-separated; no names: a
   header line and every column. */
int table_print(FILE *out, const struct table *t, char **names, size_t n,
                const char *what, struct err *e);

/* A table of the manifests: decisions, site, files, reads, depends. */
int modules_table(struct table *t, const struct modules *m, const char *name,
                  struct err *e);
/* A TSV file whose first line names its columns. */
int file_table(struct table *t, const char *path, struct err *e);

#endif
