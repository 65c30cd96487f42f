/* As pthread_mutex_lock, except that a held mutex that is not recursive
 * gives EBUSY, as POSIX says whoever holds it. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_mutex_t *m) {
  return wasishim__mutex_take(m, EBUSY);
}

#if WASISHIM_PROVIDE_PTHREAD_MUTEX_TRYLOCK
int pthread_mutex_trylock(pthread_mutex_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_TRYLOCK
int wasishim_pthread_mutex_trylock(pthread_mutex_t *m) {
  return body(m);
}
#endif
