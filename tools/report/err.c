#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void err_set(struct err *e, const char *file, const char *fmt, ...) {
  va_list ap;
  int n = snprintf(e->msg, sizeof e->msg, "%s: ", file);

  if (n < 0 || (size_t)n >= sizeof e->msg)
    return;
  va_start(ap, fmt);
  vsnprintf(e->msg + n, sizeof e->msg - (size_t)n, fmt, ap);
  va_end(ap);
  e->sys_errno = 0;
}

void err_sys(struct err *e, int errnum, const char *file, const char *what) {
  err_set(e, file, "%s: %s", what, strerror(errnum));
  e->sys_errno = errnum;
}
