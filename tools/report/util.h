#ifndef WASISHIM_REPORT_UTIL_H
#define WASISHIM_REPORT_UTIL_H

#include <stddef.h>

#include "err.h"

/* Out of memory ends the program: every caller would only give up anyway. */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *path_join(const char *dir, const char *name);

/* A growing NUL-terminated string, for text assembled piece by piece. */
struct strbuf {
  char *s;
  size_t len, cap;
};
void sb_add(struct strbuf *b, const char *s);
void sb_addf(struct strbuf *b, const char *fmt, ...) REPORT_PRINTF(2, 3);
/* Hands over the text (never NULL) and leaves the buffer empty. */
char *sb_take(struct strbuf *b);

int is_fact_id(const char *s);
int is_c_identifier(const char *s);
/* Sorts an array of C strings with strcmp, i.e. in the C locale's order. */
void sort_strings(const char **v, size_t n);

#endif
