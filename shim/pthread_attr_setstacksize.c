/* As musl: below PTHREAD_STACK_MIN is EINVAL. The size only matters to a
 * thread that could be started; CPython sets it all the same. */
#include "pthread_internal.h"

#include <errno.h>
#include <limits.h>

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size) {
  if (size < PTHREAD_STACK_MIN)
    return EINVAL;
  WASISHIM__A_STACKADDR(attr) = 0;
  WASISHIM__A_STACKSIZE(attr) = size;
  return 0;
}
