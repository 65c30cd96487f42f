/* With one thread, a mutex the caller cannot take now is never released
 * before any deadline: POSIX's "may fail" EDEADLK, at once, as
 * pthread_mutex_lock gives. The deadline is never looked at, as in the
 * libc of wasi-sdk 33, whose fixed mutexes give EDEADLK for a held one even
 * with a deadline POSIX would call invalid: waiting is what it would
 * govern, and no call ever waits. */
#include "pthread_internal.h"

static int body(pthread_mutex_t *restrict m,
                const struct timespec *restrict deadline) {
  (void)deadline;
  return wasishim__mutex_take(m, EDEADLK);
}

#if WASISHIM_PROVIDE_PTHREAD_MUTEX_TIMEDLOCK
int pthread_mutex_timedlock(pthread_mutex_t *restrict m,
                            const struct timespec *restrict deadline) {
  return body(m, deadline);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_TIMEDLOCK
int wasishim_pthread_mutex_timedlock(pthread_mutex_t *restrict m,
                                     const struct timespec *restrict deadline) {
  return body(m, deadline);
}
#endif
