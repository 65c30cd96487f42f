/* musl's mtx_init: a zeroed mutex, recursive when asked; C11's four kinds
 * are accepted, anything else is thrd_error. */
#include "c11_internal.h"

#include <string.h>

static int body(mtx_t *m, int type) {
  if ((type & ~(mtx_timed | mtx_recursive)) != 0)
    return thrd_error;
  memset(m, 0, sizeof *m);
  if (type & mtx_recursive)
    WASISHIM__MTX_TYPE(m) = WASISHIM__MTX_RECURSIVE;
  return thrd_success;
}

#if WASISHIM_PROVIDE_MTX_INIT
int mtx_init(mtx_t *m, int type) {
  return body(m, type);
}
#endif
#if WASISHIM_REPLACE_MTX_INIT
int wasishim_mtx_init(mtx_t *m, int type) {
  return body(m, type);
}
#endif
