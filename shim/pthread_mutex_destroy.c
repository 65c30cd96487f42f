/* Nothing to free, whatever the mutex's type or sharing: the libcs with
 * pthreads refuse a process-shared recursive or errorcheck mutex (EINVAL)
 * they have just made (probe pthread_mutex_destroy_pshared_works). Like
 * libc's stub, a held mutex is not checked (undefined behaviour in
 * POSIX). */
#include "pthread_internal.h"

static int body(pthread_mutex_t *m) {
  (void)m;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_MUTEX_DESTROY
int pthread_mutex_destroy(pthread_mutex_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_DESTROY
int wasishim_pthread_mutex_destroy(pthread_mutex_t *m) {
  return body(m);
}
#endif
