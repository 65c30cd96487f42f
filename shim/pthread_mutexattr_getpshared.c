/* Where the libc has no pthreads: bit 7 of the attribute, as in musl. */
#include "pthread_internal.h"

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr,
                                 int *restrict shared) {
  *shared = (attr->__attr & WASISHIM__MUTEXATTR_PSHARED)
                ? PTHREAD_PROCESS_SHARED
                : PTHREAD_PROCESS_PRIVATE;
  return 0;
}
