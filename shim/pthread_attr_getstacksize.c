#include "pthread_internal.h"

int pthread_attr_getstacksize(const pthread_attr_t *restrict attr,
                              size_t *restrict size) {
  *size = WASISHIM__A_STACKSIZE(attr);
  return 0;
}
