/* One thread: nothing signals, so the wait ends at its TIME_UTC deadline
 * with thrd_timedout (wasi-sdk 34's traps). A mutex the caller does not
 * hold or a bad timespec is thrd_error. The deadline is reached as
 * shim/sleep_until.h says. */
#include "c11_internal.h"
#include "sleep_until.h"

#include <time.h>

static int body(cnd_t *restrict c, mtx_t *restrict m,
                const struct timespec *restrict deadline) {
  (void)c;
  if (WASISHIM__MTX_COUNT(m) == 0 || deadline->tv_nsec < 0 ||
      deadline->tv_nsec >= 1000000000L)
    return thrd_error;
  if (wasishim__sleep_until(__WASI_CLOCKID_REALTIME, deadline) != 0)
    return thrd_error;
  return thrd_timedout;
}

#if WASISHIM_PROVIDE_CND_TIMEDWAIT
int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m,
                  const struct timespec *restrict deadline) {
  return body(c, m, deadline);
}
#endif
#if WASISHIM_REPLACE_CND_TIMEDWAIT
int wasishim_cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m,
                           const struct timespec *restrict deadline) {
  return body(c, m, deadline);
}
#endif
