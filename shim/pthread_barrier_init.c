/* A barrier keeps its count less one where musl's does (_b_limit); a
 * count of 0 is EINVAL, as POSIX requires. */
#include "pthread_internal.h"

#include <errno.h>
#include <string.h>

static int body(pthread_barrier_t *restrict b,
                const pthread_barrierattr_t *restrict a, unsigned count) {
  (void)a;
  if (count - 1 > (unsigned)INT_MAX - 1)
    return EINVAL;
  memset(b, 0, sizeof *b);
  WASISHIM__B_LIMIT(b) = (int)(count - 1);
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_BARRIER_INIT
int pthread_barrier_init(pthread_barrier_t *restrict b,
                         const pthread_barrierattr_t *restrict a,
                         unsigned count) {
  return body(b, a, count);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_BARRIER_INIT
int wasishim_pthread_barrier_init(pthread_barrier_t *restrict b,
                                  const pthread_barrierattr_t *restrict a,
                                  unsigned count) {
  return body(b, a, count);
}
#endif
