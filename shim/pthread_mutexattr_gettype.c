#include "pthread_internal.h"

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attr,
                              int *restrict type) {
  *type = (int)(attr->__attr & WASISHIM__MUTEX_TYPE_MASK);
  return 0;
}
