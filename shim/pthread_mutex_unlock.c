/* Unlocking a free mutex is EPERM: POSIX requires it of errorcheck and
 * recursive mutexes, and for a normal one wasi-libc's stub says the same. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_mutex_t *m) {
  int *count = &WASISHIM__M_COUNT(m);
  if (*count == 0)
    return EPERM;
  --*count;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_MUTEX_UNLOCK
int pthread_mutex_unlock(pthread_mutex_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_UNLOCK
int wasishim_pthread_mutex_unlock(pthread_mutex_t *m) {
  return body(m);
}
#endif
