#ifndef WASISHIM_REPORT_IDENTITY_H
#define WASISHIM_REPORT_IDENTITY_H

#include "facts.h"
#include "fingerprint.h"

/* What SDK the facts were measured on, in words, and how we know: text
   says what each source says (the VERSION file, __wasi_sdk_major__ and the
   fingerprint of the facts); source names the one the SDK is known by;
   mismatch is one sentence when the sources disagree, else NULL. */
struct ident {
  char *text;
  const char *source; /* "VERSION", "wasi/version.h" or "fingerprint" */
  char *mismatch;
};

void ident_describe(struct ident *out, const struct facts *fs,
                    const struct fingerprint *fp);
void ident_free(struct ident *id);

#endif
