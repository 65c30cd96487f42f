#ifndef WASISHIM_REPORT_SITEFILE_H
#define WASISHIM_REPORT_SITEFILE_H

#include <stddef.h>

#include "err.h"

/* A hand-written autoconf config.site (a shell script, such as CPython's
   Tools/wasm/config.site-wasm32-wasi) read for its plain assignments:
   `NAME=value`, `export NAME=value`, several on a line, values quoted the
   way sh quotes them, `#` comments, `\` line continuations. Anything else
   (an `if`, a command) is not evaluated: its line is listed in `unread`. */
struct site_assign {
  size_t line; /* of the line the assignment starts on, 1-based */
  char *name, *value;
};
struct sitefile {
  char *path; /* as given, for messages */
  struct site_assign *v;
  size_t n;
  size_t *unread; /* lines holding something other than assignments */
  size_t n_unread;
};

/* Fails (one line in e) only when the file cannot be read or is not text
   (a NUL byte). */
int sitefile_load(struct sitefile *s, const char *path, struct err *e);
void sitefile_free(struct sitefile *s);
/* The assignment in effect at the end of the file (the last one), or NULL. */
const struct site_assign *sitefile_find(const struct sitefile *s,
                                        const char *name);

/* Splits one "NAME=value" line as sh would read it, for the lines of
   config-site.tsv; name and value are malloc'ed. Fails (-1) on anything
   else. */
int site_split(const char *line, char **name, char **value);

#endif
