/* Where the libc has no pthreads: musl's zeroed attribute, whose only
 * setting, process sharing, changes nothing with one process. */
#include "pthread_internal.h"

#include <string.h>

int pthread_barrierattr_init(pthread_barrierattr_t *attr) {
  memset(attr, 0, sizeof *attr);
  return 0;
}
