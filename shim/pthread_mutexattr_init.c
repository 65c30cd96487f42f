#include "pthread_internal.h"

int pthread_mutexattr_init(pthread_mutexattr_t *attr) {
  *attr = (pthread_mutexattr_t){0};
  return 0;
}
