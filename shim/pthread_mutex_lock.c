/* One thread: a mutex that is held is held by the caller. A recursive one
 * counts the locks; any other kind would wait forever for itself, and says
 * EDEADLK instead (errorcheck: as POSIX requires; normal: where POSIX
 * leaves a deadlock, a hang helps nobody). The depth is kept where
 * wasi-libc's stubs keep it, so that their pthread_cond_timedwait still
 * sees the mutex as held. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_mutex_t *m) {
  return wasishim__mutex_take(m, EDEADLK);
}

#if WASISHIM_PROVIDE_PTHREAD_MUTEX_LOCK
int pthread_mutex_lock(pthread_mutex_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_LOCK
int wasishim_pthread_mutex_lock(pthread_mutex_t *m) {
  return body(m);
}
#endif
