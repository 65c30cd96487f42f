/* One more unit; past SEM_VALUE_MAX, EOVERFLOW as musl gives. */
#include "sem_internal.h"

static int body(sem_t *s) {
  int *count = (int *)&WASISHIM__SEM_COUNT(s);
  if ((*count & WASISHIM__SEM_MAX) == WASISHIM__SEM_MAX)
    return wasishim__sem_fail(EOVERFLOW);
  ++*count;
  return 0;
}

#if WASISHIM_PROVIDE_SEM_POST
int sem_post(sem_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_SEM_POST
int wasishim_sem_post(sem_t *s) {
  return body(s);
}
#endif
