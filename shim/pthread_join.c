/* The only thread that exists is the caller: joining it could never end
 * (EDEADLK), and no other thread was ever created (ESRCH). libc's stub
 * returns 0 for both without a result. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_t thread, void **result) {
  (void)result;
  if (pthread_equal(thread, pthread_self()))
    return EDEADLK;
  return ESRCH;
}

#if WASISHIM_PROVIDE_PTHREAD_JOIN
int pthread_join(pthread_t thread, void **result) {
  return body(thread, result);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_JOIN
int wasishim_pthread_join(pthread_t thread, void **result) {
  return body(thread, result);
}
#endif
