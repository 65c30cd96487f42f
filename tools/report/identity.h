#ifndef WASISHIM_REPORT_IDENTITY_H
#define WASISHIM_REPORT_IDENTITY_H

#include "facts.h"
#include "fingerprint.h"

/* What SDK the facts were measured on, in words, and how we know. */
struct ident {
  char *text;
  const char *source; /* "VERSION", "wasi/version.h" or "fingerprint" */
};

void ident_describe(struct ident *out, const struct facts *fs,
                    const struct fingerprint *fp);
void ident_free(struct ident *id);

#endif
