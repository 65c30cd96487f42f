/* Keeps the attribute's clock in the object, where
 * pthread_cond_timedwait reads it; libc's single-thread stub drops it. */

#include "pthread_internal.h"

static int body(pthread_cond_t *restrict c,
                const pthread_condattr_t *restrict attr) {
  /* Every byte 0, as (pthread_cond_t){0}, written in place: clang builds
   * a compound literal on the stack and copies it, which costs as much as
   * the rest of the call. */
  __builtin_memset(c, 0, sizeof *c);
  if (attr)
    WASISHIM__C_CLOCK(c) = (int)(attr->__attr & WASISHIM__CONDATTR_CLOCK_MASK);
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_COND_INIT
int pthread_cond_init(pthread_cond_t *restrict c,
                      const pthread_condattr_t *restrict attr) {
  return body(c, attr);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_COND_INIT
int wasishim_pthread_cond_init(pthread_cond_t *restrict c,
                               const pthread_condattr_t *restrict attr) {
  return body(c, attr);
}
#endif
