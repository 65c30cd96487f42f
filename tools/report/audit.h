#ifndef WASISHIM_REPORT_AUDIT_H
#define WASISHIM_REPORT_AUDIT_H

#include <stdio.h>

#include "err.h"

/* `wasishim-report audit-site BUILD SRCDIR SITE`: reads a hand-written
   config.site
   (CPython's Tools/wasm/config.site-wasm32-wasi) and prints, one per line,
   what the SDK measured in BUILD contradicts: a line whose value the facts
   say is wrong, a line the SDK needs that the file lacks, a line whose
   reason no longer holds. Findings are not an error: it fails only when an
   input cannot be read. Judged against the SDK's own facts (without
   wasishim), as CPython's configure would see them, through the Site: rows
   of SRCDIR/modules/. */
int audit_site(FILE *out, const char *build, const char *srcdir,
               const char *site_path, struct err *e);

#endif
