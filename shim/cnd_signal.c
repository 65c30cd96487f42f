/* No thread waits: nothing to wake. */
#include "c11_internal.h"

static int body(cnd_t *c) {
  (void)c;
  return thrd_success;
}

#if WASISHIM_PROVIDE_CND_SIGNAL
int cnd_signal(cnd_t *c) {
  return body(c);
}
#endif
#if WASISHIM_REPLACE_CND_SIGNAL
int wasishim_cnd_signal(cnd_t *c) {
  return body(c);
}
#endif
