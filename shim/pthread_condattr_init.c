/* CLOCK_REALTIME, process-private: what POSIX gives by default. */

#include "pthread_internal.h"

int pthread_condattr_init(pthread_condattr_t *attr) {
  *attr = (pthread_condattr_t){0};
  return 0;
}
