/* One thread: a barrier of count 1 opens at once for its only waiter, the
 * serial thread. Any larger count waits for threads that cannot exist;
 * every libc with pthreads traps there (docs/quirks/pthread-barrier.md).
 * EDEADLK instead: POSIX lists no error for it and lets an implementation
 * add one, as wasishim's pthread_cond_wait does. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_barrier_t *b) {
  if ((WASISHIM__B_LIMIT(b) & INT_MAX) == 0)
    return PTHREAD_BARRIER_SERIAL_THREAD;
  return EDEADLK;
}

#if WASISHIM_PROVIDE_PTHREAD_BARRIER_WAIT
int pthread_barrier_wait(pthread_barrier_t *b) {
  return body(b);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_BARRIER_WAIT
int wasishim_pthread_barrier_wait(pthread_barrier_t *b) {
  return body(b);
}
#endif
