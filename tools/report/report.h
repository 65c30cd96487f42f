#ifndef WASISHIM_REPORT_REPORT_H
#define WASISHIM_REPORT_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "facts.h"
#include "identity.h"
#include "manifest.h"
#include "site.h"

/* Everything the `write` outputs are made from, loaded and checked. */
struct report {
  const struct facts *facts;
  const struct ident *ident;
  const struct modules *modules; /* passed modules_check */
};

struct counts {
  size_t facts, measured, not_run, true_, false_;
};
void report_count(const struct report *r, struct counts *c);

/* Emitters cannot fail on their own; write errors show up when the file is
   closed. */
void emit_config_h(FILE *out, const struct report *r);
void emit_config_site(FILE *out, const struct report *r);
void emit_json(FILE *out, const struct report *r);
void emit_tsv(FILE *out, const struct report *r);
void emit_md(FILE *out, const struct report *r);

/* JSON string with quotes; invalid UTF-8 becomes U+FFFD so that the
   document stays valid whatever a probe printed. */
void json_string(FILE *out, const char *s);

#endif
