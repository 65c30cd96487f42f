/* A free spinlock: 0, as in musl, whose held value is EBUSY. The
 * process-shared flag changes nothing with one process. */
#include "pthread_internal.h"

static int body(pthread_spinlock_t *s, int shared) {
  (void)shared;
  *s = 0;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_SPIN_INIT
int pthread_spin_init(pthread_spinlock_t *s, int shared) {
  return body(s, shared);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_INIT
int wasishim_pthread_spin_init(pthread_spinlock_t *s, int shared) {
  return body(s, shared);
}
#endif
