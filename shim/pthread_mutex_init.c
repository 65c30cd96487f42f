#include "pthread_internal.h"

int pthread_mutex_init(pthread_mutex_t *restrict m,
                       const pthread_mutexattr_t *restrict attr) {
  *m = (pthread_mutex_t){0};
  if (attr)
    WASISHIM__M_TYPE(m) = (int)attr->__attr;
  return 0;
}
