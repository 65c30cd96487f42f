/* A held non-recursive mutex is busy. */
#include "c11_internal.h"

static int body(mtx_t *m) {
  return wasishim__mtx_take(m, thrd_busy);
}

#if WASISHIM_PROVIDE_MTX_TRYLOCK
int mtx_trylock(mtx_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_MTX_TRYLOCK
int wasishim_mtx_trylock(mtx_t *m) {
  return body(m);
}
#endif
