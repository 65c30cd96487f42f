/* musl's defaults: joinable, musl's default stack size, no guard (wasi-libc
 * has none: there is no mprotect). */

#include "pthread_internal.h"

int pthread_attr_init(pthread_attr_t *attr) {
  *attr = (pthread_attr_t){0};
  WASISHIM__A_STACKSIZE(attr) = WASISHIM__DEFAULT_STACK_SIZE;
  WASISHIM__A_DETACH(attr) = PTHREAD_CREATE_JOINABLE;
  return 0;
}
