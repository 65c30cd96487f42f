/* With one thread, a mutex the caller cannot take now is never released
 * before any deadline: POSIX's "may fail" EDEADLK, at once, as
 * pthread_mutex_lock gives. The deadline is checked only as POSIX asks:
 * when the lock cannot be taken at once. */
#include "pthread_internal.h"

#include <errno.h>

int pthread_mutex_timedlock(pthread_mutex_t *restrict m,
                            const struct timespec *restrict deadline) {
  int r = pthread_mutex_trylock(m);
  if (r != EBUSY)
    return r;
  if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    return EINVAL;
  return EDEADLK;
}
