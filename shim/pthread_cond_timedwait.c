/* With one thread nothing can signal: the wait ends at the deadline, with
 * ETIMEDOUT, as wasi-libc's stub does. The deadline is read on the clock the
 * condition variable was given (libc's stub always reads CLOCK_REALTIME),
 * and reached with relative sleeps: an absolute clock_nanosleep whose
 * deadline has passed never returns on Node's WASI, and a sleep may end a
 * little early. */
#include "pthread_internal.h"

#include <errno.h>
#include <time.h>

static int passed(const struct timespec *now, const struct timespec *dl) {
  return now->tv_sec > dl->tv_sec ||
         (now->tv_sec == dl->tv_sec && now->tv_nsec >= dl->tv_nsec);
}

static int body(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                const struct timespec *restrict deadline) {
  clockid_t clk = WASISHIM__C_CLOCK(c) == WASISHIM__CLOCK_MONOTONIC_ID
                      ? CLOCK_MONOTONIC
                      : CLOCK_REALTIME;
  struct timespec now, left;

  if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    return EINVAL;
  if (WASISHIM__M_COUNT(m) == 0)
    return EPERM;
  for (;;) {
    if (clock_gettime(clk, &now) != 0)
      return EINVAL;
    if (passed(&now, deadline))
      return ETIMEDOUT;
    left.tv_sec = deadline->tv_sec - now.tv_sec;
    left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
    if (left.tv_nsec < 0) {
      left.tv_sec--;
      left.tv_nsec += 1000000000L;
    }
    nanosleep(&left, NULL);
  }
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
