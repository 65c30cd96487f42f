#include "identity.h"

#include <stdlib.h>

#include "util.h"

/* The SDK's own word beats inference from behaviour: the VERSION file names
   the release exactly, <wasi/version.h> only its major, and a fingerprint
   only brackets the wasi-libc the facts were measured on. */
void ident_describe(struct ident *out, const struct facts *fs,
                    const struct fingerprint *fp) {
  struct strbuf b = {0};

  if (*fs->id.version) {
    sb_addf(&b, "wasi-sdk %s (from its VERSION file)", fs->id.version);
    out->source = "VERSION";
  } else if (*fs->id.wasi_sdk_major) {
    sb_addf(&b, "wasi-sdk %s (from <wasi/version.h>)", fs->id.wasi_sdk_major);
    out->source = "wasi/version.h";
  } else {
    char *t = fingerprint_describe(fp, fs);

    sb_add(&b, t ? t
                 : "wasi-libc of an unknown wasi-sdk (no measured fingerprint "
                   "fact narrows it down)");
    free(t);
    out->source = "fingerprint";
  }
  out->text = sb_take(&b);
}

void ident_free(struct ident *id) {
  free(id->text);
  id->text = NULL;
}
