/* Nothing to free. */
#include "c11_internal.h"

static void body(mtx_t *m) {
  (void)m;
}

#if WASISHIM_PROVIDE_MTX_DESTROY
void mtx_destroy(mtx_t *m) {
  body(m);
}
#endif
#if WASISHIM_REPLACE_MTX_DESTROY
void wasishim_mtx_destroy(mtx_t *m) {
  body(m);
}
#endif
