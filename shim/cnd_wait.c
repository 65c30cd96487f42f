/* One thread: nothing can ever signal, and the wait could only last
 * forever (wasi-sdk 34's traps). thrd_error instead, as wasishim's
 * pthread_cond_wait gives EDEADLK; a mutex the caller does not hold is
 * thrd_error too. Never thrd_success: a spurious wake-up would let a
 * caller's loop spin forever. */
#include "c11_internal.h"

static int body(cnd_t *c, mtx_t *m) {
  (void)c;
  (void)m;
  return thrd_error;
}

#if WASISHIM_PROVIDE_CND_WAIT
int cnd_wait(cnd_t *c, mtx_t *m) {
  return body(c, m);
}
#endif
#if WASISHIM_REPLACE_CND_WAIT
int wasishim_cnd_wait(cnd_t *c, mtx_t *m) {
  return body(c, m);
}
#endif
