/* Gives back the clockid_t that was set: libc's stub returns the stored
 * number as a clockid_t, which on wasi-libc (where clockid_t is a pointer)
 * is no clock at all. */
#include "pthread_internal.h"

#include <time.h>

static int body(const pthread_condattr_t *restrict attr,
                clockid_t *restrict clk) {
  *clk = (attr->__attr & WASISHIM__CONDATTR_CLOCK_MASK) ==
                 WASISHIM__CLOCK_MONOTONIC_ID
             ? CLOCK_MONOTONIC
             : CLOCK_REALTIME;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_CONDATTR_GETCLOCK
int pthread_condattr_getclock(const pthread_condattr_t *restrict attr,
                              clockid_t *restrict clk) {
  return body(attr, clk);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_CONDATTR_GETCLOCK
int wasishim_pthread_condattr_getclock(const pthread_condattr_t *restrict attr,
                                       clockid_t *restrict clk) {
  return body(attr, clk);
}
#endif
