#ifndef WASISHIM_REPORT_WRITE_H
#define WASISHIM_REPORT_WRITE_H

#include "err.h"

/* `wasishim-report write BUILD SRCDIR`: every output or, on error, none
   half-written. */
int report_write(const char *build, const char *srcdir, struct err *e);

#endif
