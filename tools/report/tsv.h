#ifndef WASISHIM_REPORT_TSV_H
#define WASISHIM_REPORT_TSV_H

#include <stddef.h>

#include "err.h"

/* A TAB-separated file, read whole. Fields point into the file's text. */
struct tsv_row {
  size_t line; /* 1-based, for messages */
  size_t nf;
  char **f;
};
struct tsv {
  char *path; /* as given, for messages */
  char *text;
  struct tsv_row *rows;
  size_t n;
};

/* Blank lines are dropped; so are lines starting with '#' unless
   keep_comments (report.tsv keeps its header in them). A trailing CR is
   dropped so files edited on Windows still read. */
int tsv_read(struct tsv *t, const char *path, int keep_comments, struct err *e);
void tsv_free(struct tsv *t);

/* The field, or "" past the end of the row: trailing empty fields may be
   left out together with their TABs. */
const char *tsv_field(const struct tsv_row *r, size_t i);
/* Fails unless the row has between min and max fields. */
int tsv_fields(const struct tsv *t, const struct tsv_row *r, size_t min,
               size_t max, struct err *e);

/* A whole file as one NUL-terminated string; free() it. */
int read_text(const char *path, char **text, size_t *len, struct err *e);

#endif
