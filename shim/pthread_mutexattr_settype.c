#include "pthread_internal.h"

#include <errno.h>

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type) {
  if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE &&
      type != PTHREAD_MUTEX_ERRORCHECK)
    return EINVAL;
  attr->__attr =
      (attr->__attr & ~(unsigned)WASISHIM__MUTEX_TYPE_MASK) | (unsigned)type;
  return 0;
}
