/* Releases a write lock, or one reader of a read lock; an unheld lock is
 * EPERM (POSIX's "may fail" for a lock the caller does not hold). */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *l) {
  int *lock = &WASISHIM__RW_LOCK(l);
  if (*lock == 0)
    return EPERM;
  if (*lock == WASISHIM__RW_WRITER)
    *lock = 0;
  else
    --*lock;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_UNLOCK
int pthread_rwlock_unlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_UNLOCK
int wasishim_pthread_rwlock_unlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
