/* No named semaphore can exist (sem_open.c): -1 with ENOTSUP. */
#include "sem_internal.h"

static int body(const char *name) {
  (void)name;
  return wasishim__sem_fail(ENOTSUP);
}

#if WASISHIM_PROVIDE_SEM_UNLINK
int sem_unlink(const char *name) {
  return body(name);
}
#endif
#if WASISHIM_REPLACE_SEM_UNLINK
int wasishim_sem_unlink(const char *name) {
  return body(name);
}
#endif
