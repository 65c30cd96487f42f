/* Detaching the calling thread is allowed and changes nothing when it is
 * the only one; no other thread was ever created (ESRCH). */
#include "pthread_internal.h"

#include <errno.h>

int pthread_detach(pthread_t thread) {
  return pthread_equal(thread, pthread_self()) ? 0 : ESRCH;
}
