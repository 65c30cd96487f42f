/* A condition variable holds nothing with one thread. */
#include "c11_internal.h"

#include <string.h>

static int body(cnd_t *c) {
  memset(c, 0, sizeof *c);
  return thrd_success;
}

#if WASISHIM_PROVIDE_CND_INIT
int cnd_init(cnd_t *c) {
  return body(c);
}
#endif
#if WASISHIM_REPLACE_CND_INIT
int wasishim_cnd_init(cnd_t *c) {
  return body(c);
}
#endif
