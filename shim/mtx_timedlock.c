/* As mtx_lock: a mutex the caller cannot take now is its own and is never
 * released before any deadline, so thrd_error at once, the deadline
 * unread, as wasishim's pthread_mutex_timedlock gives EDEADLK. */
#include "c11_internal.h"

static int body(mtx_t *restrict m, const struct timespec *restrict deadline) {
  (void)deadline;
  return wasishim__mtx_take(m, thrd_error);
}

#if WASISHIM_PROVIDE_MTX_TIMEDLOCK
int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict deadline) {
  return body(m, deadline);
}
#endif
#if WASISHIM_REPLACE_MTX_TIMEDLOCK
int wasishim_mtx_timedlock(mtx_t *restrict m,
                           const struct timespec *restrict deadline) {
  return body(m, deadline);
}
#endif
