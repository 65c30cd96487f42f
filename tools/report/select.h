#ifndef WASISHIM_REPORT_SELECT_H
#define WASISHIM_REPORT_SELECT_H

#include <stddef.h>

#include "err.h"

/* `wasishim-report select BUILD SRCDIR`: what the shim holds for BUILD's
   SDK, from its facts and the manifests (docs/shim-design.md), written into
   BUILD: include/wasishim/shim.h and wasi-version.h; shim/sources, cflags,
   libs, emulations.rsp, cflags.rsp, libs.rsp, <file>.rsp (Compile:),
   pkg/<pkg>.{cflags,libs}[.rsp] (Pkg:) and unmeasured, each replaced only
   when its text changes. Prints the choices resting on unmeasured facts.
   `--force MODULE...` (tools/test/forced): those modules' replacements are
   chosen whatever the facts say, and their Functions: rows are not. */
int report_select(const char *build, const char *srcdir, char *const *force,
                  size_t nforce, struct err *e);

#endif
