#ifndef WASISHIM_REPORT_CATALOGUE_H
#define WASISHIM_REPORT_CATALOGUE_H

#include "err.h"

/* `wasishim-report catalogue SRCDIR OUTDIR`: reads every probe's comment
   block (the .c files of SRCDIR/probes/) and the two probe tables (probes/functions.tsv,
   probes/headers.tsv) into one table of probes with named fields, and
   writes into OUTDIR, replaced as a whole (docs/probe-files.md):
     catalogue.tsv  the facts, sorted by id
     build.tsv      how to build each one, its first line naming the
                    columns: id kind source flags libs hang hang_why
                    fallback fallback_why module; source is probes/<id>.c
                    in SRCDIR or gen/<id>.c in OUTDIR
     gen/<id>.c     the probes generated from the two tables
     decls.tsv      the generated declaration facts: id function type
                    headers flags
     symbols.tsv    the generated link facts: id function flags
     headers.tsv    the generated header facts: id header flags
   each but catalogue.tsv with a first line naming its columns.
   A malformed probe fails naming its file. */
int probe_catalogue(const char *srcdir, const char *outdir, struct err *e);

#endif
