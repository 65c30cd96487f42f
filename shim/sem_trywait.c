/* Takes a unit if there is one, else EAGAIN. */
#include "sem_internal.h"

static int body(sem_t *s) {
  int *count = (int *)&WASISHIM__SEM_COUNT(s);
  if ((*count & WASISHIM__SEM_MAX) == 0)
    return wasishim__sem_fail(EAGAIN);
  --*count;
  return 0;
}

#if WASISHIM_PROVIDE_SEM_TRYWAIT
int sem_trywait(sem_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_SEM_TRYWAIT
int wasishim_sem_trywait(sem_t *s) {
  return body(s);
}
#endif
