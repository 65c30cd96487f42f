/* One thread: a held lock is busy, EBUSY. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *l) {
  return wasishim__rwlock_take_wr(l, EBUSY);
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_TRYWRLOCK
int pthread_rwlock_trywrlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TRYWRLOCK
int wasishim_pthread_rwlock_trywrlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
