/* One thread: a write-held lock cannot be taken now, EBUSY; a read-held one
 * takes one more reader, up to EAGAIN. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *l) {
  return wasishim__rwlock_take_rd(l, EBUSY);
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_TRYRDLOCK
int pthread_rwlock_tryrdlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TRYRDLOCK
int wasishim_pthread_rwlock_tryrdlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
