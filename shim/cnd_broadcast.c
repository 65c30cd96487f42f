/* No thread waits: nothing to wake. */
#include "c11_internal.h"

static int body(cnd_t *c) {
  (void)c;
  return thrd_success;
}

#if WASISHIM_PROVIDE_CND_BROADCAST
int cnd_broadcast(cnd_t *c) {
  return body(c);
}
#endif
#if WASISHIM_REPLACE_CND_BROADCAST
int wasishim_cnd_broadcast(cnd_t *c) {
  return body(c);
}
#endif
