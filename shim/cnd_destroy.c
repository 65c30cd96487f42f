/* Nothing to free. */
#include "c11_internal.h"

static void body(cnd_t *c) {
  (void)c;
}

#if WASISHIM_PROVIDE_CND_DESTROY
void cnd_destroy(cnd_t *c) {
  body(c);
}
#endif
#if WASISHIM_REPLACE_CND_DESTROY
void wasishim_cnd_destroy(cnd_t *c) {
  body(c);
}
#endif
