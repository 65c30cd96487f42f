/* One thread: nothing signals, so the wait ends at its TIME_UTC deadline
 * with thrd_timedout (wasi-sdk 34's traps). A mutex the caller does not
 * hold or a bad timespec is thrd_error. The deadline is reached with
 * relative sleeps: an absolute clock_nanosleep whose deadline has passed
 * never returns on Node's WASI, and a sleep may end a little early. */
#include "c11_internal.h"

#include <time.h>

static int passed(const struct timespec *now, const struct timespec *dl) {
  return now->tv_sec > dl->tv_sec ||
         (now->tv_sec == dl->tv_sec && now->tv_nsec >= dl->tv_nsec);
}

static int body(cnd_t *restrict c, mtx_t *restrict m,
                const struct timespec *restrict deadline) {
  struct timespec now, left;
  (void)c;
  if (WASISHIM__MTX_COUNT(m) == 0 || deadline->tv_nsec < 0 ||
      deadline->tv_nsec >= 1000000000L)
    return thrd_error;
  for (;;) {
    if (clock_gettime(CLOCK_REALTIME, &now) != 0)
      return thrd_error;
    if (passed(&now, deadline))
      return thrd_timedout;
    left.tv_sec = deadline->tv_sec - now.tv_sec;
    left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
    if (left.tv_nsec < 0) {
      left.tv_sec--;
      left.tv_nsec += 1000000000L;
    }
    nanosleep(&left, NULL);
  }
}

#if WASISHIM_PROVIDE_CND_TIMEDWAIT
int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m,
                  const struct timespec *restrict deadline) {
  return body(c, m, deadline);
}
#endif
#if WASISHIM_REPLACE_CND_TIMEDWAIT
int wasishim_cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m,
                           const struct timespec *restrict deadline) {
  return body(c, m, deadline);
}
#endif
