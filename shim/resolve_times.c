/* The times argument of futimens and utimensat, resolved into two explicit
 * times. Some libcs set NULL times to 1970 and reject UTIME_NOW and
 * UTIME_OMIT (docs/quirks/times.md), but all handle explicit times, so
 * the replacements only ever pass those. Pure C: also built for the host
 * tests. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <time.h>

#include "internal.h"

static int is_valid(const struct timespec *t) {
  return t->tv_nsec == UTIME_NOW || t->tv_nsec == UTIME_OMIT ||
         (t->tv_nsec >= 0 && t->tv_nsec < 1000000000L);
}

int wasishim__times_needs(const struct timespec *ts) {
  if (ts == NULL)
    return WASISHIM__TIMES_NOW;
  /* Checked before anything else, as libc does: a bad tv_nsec is EINVAL
   * even when the descriptor or path is bad too. */
  if (!is_valid(&ts[0]) || !is_valid(&ts[1])) {
    errno = EINVAL;
    return -1;
  }
  int needs = 0;
  for (int i = 0; i < 2; i++) {
    if (ts[i].tv_nsec == UTIME_NOW)
      needs |= WASISHIM__TIMES_NOW;
    else if (ts[i].tv_nsec == UTIME_OMIT)
      needs |= WASISHIM__TIMES_OLD;
  }
  if (ts[0].tv_nsec == UTIME_OMIT && ts[1].tv_nsec == UTIME_OMIT)
    needs |= WASISHIM__TIMES_NOTHING;
  return needs;
}

int wasishim__resolve_times(const struct timespec *ts,
                            const struct timespec *now,
                            const struct timespec *old,
                            struct timespec out[2]) {
  int needs = wasishim__times_needs(ts);
  if (needs < 0)
    return -1;
  if (((needs & WASISHIM__TIMES_NOW) && now == NULL) ||
      ((needs & WASISHIM__TIMES_OLD) && old == NULL)) {
    errno = EINVAL;
    return -1;
  }
  for (int i = 0; i < 2; i++) {
    if (ts == NULL || ts[i].tv_nsec == UTIME_NOW)
      out[i] = *now;
    else if (ts[i].tv_nsec == UTIME_OMIT)
      out[i] = old[i];
    else
      out[i] = ts[i];
  }
  return 0;
}
