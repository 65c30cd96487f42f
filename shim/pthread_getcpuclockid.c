/* No WASI clock counts one thread's CPU time: ENOTSUP, the answer of
 * wasi-sdk 34's own (PR 851), where older libcs have none to link. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_t t, clockid_t *clk) {
  (void)t;
  (void)clk;
  return ENOTSUP;
}

#if WASISHIM_PROVIDE_PTHREAD_GETCPUCLOCKID
int pthread_getcpuclockid(pthread_t t, clockid_t *clk) {
  return body(t, clk);
}
#endif
