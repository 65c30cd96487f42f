/* A held spinlock is busy. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_spinlock_t *s) {
  if (*s != 0)
    return EBUSY;
  *s = EBUSY;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_SPIN_TRYLOCK
int pthread_spin_trylock(pthread_spinlock_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_TRYLOCK
int wasishim_pthread_spin_trylock(pthread_spinlock_t *s) {
  return body(s);
}
#endif
