/* Named semaphores exist to be shared between processes, and WASI cannot
 * share memory with another process: SEM_FAILED with ENOTSUP, the errno
 * of wasi-sdk 34's other p1 stubs (its own sem_open fails without setting
 * errno). The optional mode and value are not read. */
#include "sem_internal.h"

static sem_t *body(const char *name, int flags) {
  (void)name;
  (void)flags;
  errno = ENOTSUP;
  return SEM_FAILED;
}

#if WASISHIM_PROVIDE_SEM_OPEN
sem_t *sem_open(const char *name, int flags, ...) {
  return body(name, flags);
}
#endif
#if WASISHIM_REPLACE_SEM_OPEN
sem_t *wasishim_sem_open(const char *name, int flags, ...) {
  return body(name, flags);
}
#endif
