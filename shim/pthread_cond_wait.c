/* With one thread, nothing can ever signal the condition: the wait could
 * only last forever. It fails with EDEADLK instead (an error POSIX does not
 * list for this function but allows an implementation to add), after the
 * EPERM check POSIX requires for a mutex the caller does not hold. libc's
 * single-thread stub traps, which ends the program. Never 0: a spurious
 * wake-up would let a caller's loop spin forever. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_cond_t *restrict c, pthread_mutex_t *restrict m) {
  (void)c;
  if (WASISHIM__M_COUNT(m) == 0)
    return EPERM;
  return EDEADLK;
}

#if WASISHIM_PROVIDE_PTHREAD_COND_WAIT
int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m) {
  return body(c, m);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_COND_WAIT
int wasishim_pthread_cond_wait(pthread_cond_t *restrict c,
                               pthread_mutex_t *restrict m) {
  return body(c, m);
}
#endif
