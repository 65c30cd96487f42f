/* One thread: a mutex that is held is held by the caller. A recursive one
 * counts the locks; any other kind would wait forever for itself, and says
 * EDEADLK instead (errorcheck: as POSIX requires; normal: where POSIX
 * leaves a deadlock, a hang helps nobody). The depth is kept where
 * wasi-libc's stubs keep it, so that their pthread_cond_timedwait still
 * sees the mutex as held. */
#include "pthread_internal.h"

#include <errno.h>
#include <limits.h>

int pthread_mutex_lock(pthread_mutex_t *m) {
  int *count = &WASISHIM__M_COUNT(m);
  if (*count == 0) {
    *count = 1;
    return 0;
  }
  if ((WASISHIM__M_TYPE(m) & WASISHIM__MUTEX_TYPE_MASK) !=
      PTHREAD_MUTEX_RECURSIVE)
    return EDEADLK;
  if (*count == INT_MAX)
    return EAGAIN;
  ++*count;
  return 0;
}
