/* Where the libc has no pthreads: musl's zeroed attribute, whose only
 * setting, process sharing, changes nothing with one process. */
#include "pthread_internal.h"

#include <string.h>

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr) {
  memset(attr, 0, sizeof *attr);
  return 0;
}
