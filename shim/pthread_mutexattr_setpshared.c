/* Where the libc has no pthreads. musl keeps the flag in bit 7 of the
 * attribute, which pthread_mutex_init copies into the mutex's type; with
 * one process it changes nothing else (docs/quirks/pthread-mutex.md). */
#include "pthread_internal.h"

#include <errno.h>

int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int shared) {
  if (shared != PTHREAD_PROCESS_PRIVATE && shared != PTHREAD_PROCESS_SHARED)
    return EINVAL;
  attr->__attr = (attr->__attr & ~WASISHIM__MUTEXATTR_PSHARED) |
                 (shared ? WASISHIM__MUTEXATTR_PSHARED : 0u);
  return 0;
}
