/* Nothing to free; as libc's stub, a held lock is not checked (undefined
 * behaviour in POSIX). */
#include "pthread_internal.h"

static int body(pthread_rwlock_t *l) {
  (void)l;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_DESTROY
int pthread_rwlock_destroy(pthread_rwlock_t *l) {
  return body(l);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_DESTROY
int wasishim_pthread_rwlock_destroy(pthread_rwlock_t *l) {
  return body(l);
}
#endif
