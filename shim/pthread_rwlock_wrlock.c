/* One thread: any held lock is held by the caller, who would wait for
 * itself: EDEADLK (POSIX's "may fail") instead of a hang or a trap. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *l) {
  return wasishim__rwlock_take_wr(l, EDEADLK);
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_WRLOCK
int pthread_rwlock_wrlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_WRLOCK
int wasishim_pthread_rwlock_wrlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
