/* A free lock in musl's encoding (docs/quirks/pthread-rwlock.md), so that
 * PTHREAD_RWLOCK_INITIALIZER and libc's own init mean the same. Attributes
 * change nothing on one thread. */
#include "pthread_internal.h"

#include <string.h>

static int body(pthread_rwlock_t *restrict l,
                const pthread_rwlockattr_t *restrict a) {
  (void)a;
  memset(l, 0, sizeof *l);
  return 0;
}

#if WASISHIM_PROVIDE_PTHREAD_RWLOCK_INIT
int pthread_rwlock_init(pthread_rwlock_t *restrict l,
                        const pthread_rwlockattr_t *restrict a) {
  return body(l, a);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_INIT
int wasishim_pthread_rwlock_init(pthread_rwlock_t *restrict l,
                                 const pthread_rwlockattr_t *restrict a) {
  return body(l, a);
}
#endif
