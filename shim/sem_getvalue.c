/* The count; never negative, as no thread can be waiting. */
#include "sem_internal.h"

static int body(sem_t *restrict s, int *restrict value) {
  *value = WASISHIM__SEM_COUNT(s) & WASISHIM__SEM_MAX;
  return 0;
}

#if WASISHIM_PROVIDE_SEM_GETVALUE
int sem_getvalue(sem_t *restrict s, int *restrict value) {
  return body(s, value);
}
#endif
#if WASISHIM_REPLACE_SEM_GETVALUE
int wasishim_sem_getvalue(sem_t *restrict s, int *restrict value) {
  return body(s, value);
}
#endif
