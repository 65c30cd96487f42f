/* Nothing to free. */
#include "pthread_internal.h"

static int body(pthread_barrier_t *b) {
  (void)b;
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_BARRIER_DESTROY
int pthread_barrier_destroy(pthread_barrier_t *b) {
  return body(b);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_BARRIER_DESTROY
int wasishim_pthread_barrier_destroy(pthread_barrier_t *b) {
  return body(b);
}
#endif
