/* One thread: a held mutex is the caller's. Recursive: one more level;
 * otherwise waiting for itself would never end (undefined in C11; wasi-sdk
 * 34's traps): thrd_error, C11's answer for a request that cannot be
 * honoured, as pthread_mutex_lock gives EDEADLK. */
#include "c11_internal.h"

static int body(mtx_t *m) {
  return wasishim__mtx_take(m, thrd_error);
}

#if WASISHIM_PROVIDE_MTX_LOCK
int mtx_lock(mtx_t *m) {
  return body(m);
}
#endif
#if WASISHIM_REPLACE_MTX_LOCK
int wasishim_mtx_lock(mtx_t *m) {
  return body(m);
}
#endif
