/* Nothing to free. */
#include "sem_internal.h"

static int body(sem_t *s) {
  (void)s;
  return 0;
}

#if WASISHIM_PROVIDE_SEM_DESTROY
int sem_destroy(sem_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_SEM_DESTROY
int wasishim_sem_destroy(sem_t *s) {
  return body(s);
}
#endif
