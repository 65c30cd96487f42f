/* As pthread_mutex_lock, except that a held mutex that is not recursive
 * gives EBUSY, as POSIX says whoever holds it. */
#include "pthread_internal.h"

#include <errno.h>
#include <limits.h>

int pthread_mutex_trylock(pthread_mutex_t *m) {
  int *count = &WASISHIM__M_COUNT(m);
  if (*count == 0) {
    *count = 1;
    return 0;
  }
  if ((WASISHIM__M_TYPE(m) & WASISHIM__MUTEX_TYPE_MASK) !=
      PTHREAD_MUTEX_RECURSIVE)
    return EBUSY;
  if (*count == INT_MAX)
    return EAGAIN;
  ++*count;
  return 0;
}
