/* As pthread_rwlock_wrlock: any held lock is the caller's and is never
 * released before any deadline, so EDEADLK at once, the deadline unread
 * (no call ever waits), as in the libc of wasi-sdk 33. wasi-sdk 34's
 * traps (docs/quirks/pthread-rwlock.md). */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *restrict l,
                const struct timespec *restrict deadline) {
  (void)deadline;
  return wasishim__rwlock_take_wr(l, EDEADLK);
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_TIMEDWRLOCK
int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict l,
                               const struct timespec *restrict deadline) {
  return body(l, deadline);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TIMEDWRLOCK
int wasishim_pthread_rwlock_timedwrlock(
    pthread_rwlock_t *restrict l, const struct timespec *restrict deadline) {
  return body(l, deadline);
}
#endif
