/* The clocks a timed wait can use on WASI: CLOCK_REALTIME and
 * CLOCK_MONOTONIC (wasi-libc's clockid_t is a pointer, so it is stored as
 * musl's number). POSIX forbids the CPU-time clocks; anything else is not a
 * clock. libc's stub accepts any value, even a null pointer. */
#include "pthread_internal.h"

#include <errno.h>
#include <time.h>

static int body(pthread_condattr_t *attr, clockid_t clk) {
  unsigned id;
  if (clk == CLOCK_REALTIME)
    id = WASISHIM__CLOCK_REALTIME_ID;
  else if (clk == CLOCK_MONOTONIC)
    id = WASISHIM__CLOCK_MONOTONIC_ID;
  else
    return EINVAL;
  attr->__attr = (attr->__attr & ~WASISHIM__CONDATTR_CLOCK_MASK) | id;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_CONDATTR_SETCLOCK
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clk) {
  return body(attr, clk);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_CONDATTR_SETCLOCK
int wasishim_pthread_condattr_setclock(pthread_condattr_t *attr,
                                       clockid_t clk) {
  return body(attr, clk);
}
#endif
