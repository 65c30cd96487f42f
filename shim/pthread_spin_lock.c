/* One thread: a held spinlock is held by the caller, and spinning for it
 * never ends (musl's, in wasi-sdk 34). EDEADLK, POSIX's "may fail" for a
 * lock the caller holds, as the stubs of wasi-sdk 25 to 33 give. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_spinlock_t *s) {
  if (*s != 0)
    return EDEADLK;
  *s = EBUSY;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_SPIN_LOCK
int pthread_spin_lock(pthread_spinlock_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_LOCK
int wasishim_pthread_spin_lock(pthread_spinlock_t *s) {
  return body(s);
}
#endif
