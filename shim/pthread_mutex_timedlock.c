/* With one thread, a mutex the caller cannot take now is never released
 * before any deadline: POSIX's "may fail" EDEADLK, at once, as
 * pthread_mutex_lock gives. The deadline is checked only as POSIX asks:
 * when the lock cannot be taken at once. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_mutex_t *restrict m,
                const struct timespec *restrict deadline) {
  /* pthread_mutex_trylock: inline where it is wasishim's own (this is its
   * whole body), so that a call costs no more than libc's timedlock. */
#if WASISHIM_PROVIDE_PTHREAD_MUTEX_TRYLOCK ||                                  \
    WASISHIM_REPLACE_PTHREAD_MUTEX_TRYLOCK
  int r = wasishim__mutex_take(m, EBUSY);
#else
  int r = pthread_mutex_trylock(m);
#endif
  if (r != EBUSY)
    return r;
  if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    return EINVAL;
  return EDEADLK;
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
