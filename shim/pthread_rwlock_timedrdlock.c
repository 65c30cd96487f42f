/* As pthread_rwlock_rdlock: a lock the caller cannot take now is held by
 * the caller and is never released before any deadline, so EDEADLK at
 * once. The deadline is never looked at, as in the libc of wasi-sdk 33
 * (and as wasishim's pthread_mutex_timedlock): no call ever waits. On
 * wasi-sdk 34 libc's traps (docs/quirks/pthread-rwlock.md). */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *restrict l,
                const struct timespec *restrict deadline) {
  (void)deadline;
  return wasishim__rwlock_take_rd(l, EDEADLK);
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_TIMEDRDLOCK
int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict l,
                               const struct timespec *restrict deadline) {
  return body(l, deadline);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TIMEDRDLOCK
int wasishim_pthread_rwlock_timedrdlock(
    pthread_rwlock_t *restrict l, const struct timespec *restrict deadline) {
  return body(l, deadline);
}
#endif
