/* No named semaphore can be opened (sem_open.c): -1 with ENOTSUP, the one
 * errno of the family. wasi-sdk 34's returns ENOTSUP itself, not -1. */
#include "sem_internal.h"

static int body(sem_t *s) {
  (void)s;
  return wasishim__sem_fail(ENOTSUP);
}

#if WASISHIM_PROVIDE_SEM_CLOSE
int sem_close(sem_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_SEM_CLOSE
int wasishim_sem_close(sem_t *s) {
  return body(s);
}
#endif
