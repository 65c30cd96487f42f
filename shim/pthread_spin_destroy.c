/* Nothing to free. */
#include "pthread_internal.h"

static int body(pthread_spinlock_t *s) {
  (void)s;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_SPIN_DESTROY
int pthread_spin_destroy(pthread_spinlock_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_DESTROY
int wasishim_pthread_spin_destroy(pthread_spinlock_t *s) {
  return body(s);
}
#endif
