/* One level less; a mutex nobody holds is thrd_error. */
#include "c11_internal.h"

static int body(mtx_t *m) {
  int *count = &WASISHIM__MTX_COUNT(m);
  if (*count == 0)
    return thrd_error;
  --*count;
  return thrd_success;
}

#if WASISHIM_PROVIDE_MTX_UNLOCK
int mtx_unlock(mtx_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_MTX_UNLOCK
int wasishim_mtx_unlock(mtx_t *m) {
  return body(m);
}
#endif
