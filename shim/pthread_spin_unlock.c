/* Frees the lock; as musl's, an unheld one is not checked. */
#include "pthread_internal.h"

static int body(pthread_spinlock_t *s) {
  *s = 0;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_SPIN_UNLOCK
int pthread_spin_unlock(pthread_spinlock_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_UNLOCK
int wasishim_pthread_spin_unlock(pthread_spinlock_t *s) {
  return body(s);
}
#endif
