/* One thread: a write-held lock is held by the caller, who would wait for
 * itself (EDEADLK, POSIX's "may fail"); a read-held one takes one more
 * reader, up to EAGAIN. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_rwlock_t *l) {
  return wasishim__rwlock_take_rd(l, EDEADLK);
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_RDLOCK
int pthread_rwlock_rdlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_RDLOCK
int wasishim_pthread_rwlock_rdlock(pthread_rwlock_t *l) {
  return body(l);
}
#endif
