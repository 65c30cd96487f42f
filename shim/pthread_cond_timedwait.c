/* With one thread nothing can signal: the wait ends at the deadline, with
 * ETIMEDOUT, as wasi-libc's stub does. The deadline is read on the clock the
 * condition variable was given (libc's stub always reads CLOCK_REALTIME),
 * and reached as shim/sleep_until.h says. */
#include "pthread_internal.h"
#include "sleep_until.h"

#include <errno.h>
#include <time.h>

static int body(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                const struct timespec *restrict deadline) {
  __wasi_clockid_t clk = WASISHIM__C_CLOCK(c) == WASISHIM__CLOCK_MONOTONIC_ID
                             ? __WASI_CLOCKID_MONOTONIC
                             : __WASI_CLOCKID_REALTIME;

  if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    return EINVAL;
  if (WASISHIM__M_COUNT(m) == 0)
    return EPERM;
  if (wasishim__sleep_until(clk, deadline) != 0)
    return EINVAL;
  return ETIMEDOUT;
}

#if WASISHIM_PROVIDE_PTHREAD_COND_TIMEDWAIT
int pthread_cond_timedwait(pthread_cond_t *restrict c,
                           pthread_mutex_t *restrict m,
                           const struct timespec *restrict deadline) {
  return body(c, m, deadline);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_COND_TIMEDWAIT
int wasishim_pthread_cond_timedwait(pthread_cond_t *restrict c,
                                    pthread_mutex_t *restrict m,
                                    const struct timespec *restrict deadline) {
  return body(c, m, deadline);
}
#endif
