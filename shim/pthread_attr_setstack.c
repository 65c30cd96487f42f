#include "pthread_internal.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>

int pthread_attr_setstack(pthread_attr_t *attr, void *addr, size_t size) {
  uintptr_t bottom = (uintptr_t)addr;
  if (size < PTHREAD_STACK_MIN || bottom + size < bottom)
    return EINVAL;
  WASISHIM__A_STACKADDR(attr) = bottom + size;
  WASISHIM__A_STACKSIZE(attr) = size;
  return 0;
}
