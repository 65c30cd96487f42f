/* One thread: a semaphore at zero is never posted before the deadline, so
 * the caller sleeps to it and gets ETIMEDOUT, as POSIX asks of a timed
 * wait that nothing ends (wasi-sdk 34's traps). A bad timespec is EINVAL,
 * but only when the call would have waited, as POSIX says. The deadline
 * is on CLOCK_REALTIME, reached as shim/sleep_until.h says. */
#include "sem_internal.h"
#include "sleep_until.h"

#include <time.h>

static int body(sem_t *restrict s, const struct timespec *restrict deadline) {
  int *count = (int *)&WASISHIM__SEM_COUNT(s);

  if ((*count & WASISHIM__SEM_MAX) != 0) {
    --*count;
    return 0;
  }
  if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    return wasishim__sem_fail(EINVAL);
  if (wasishim__sleep_until(__WASI_CLOCKID_REALTIME, deadline) != 0)
    return wasishim__sem_fail(EINVAL);
  return wasishim__sem_fail(ETIMEDOUT);
}

#if WASISHIM_PROVIDE_SEM_TIMEDWAIT
int sem_timedwait(sem_t *restrict s, const struct timespec *restrict deadline) {
  return body(s, deadline);
}
#endif
#if WASISHIM_REPLACE_SEM_TIMEDWAIT
int wasishim_sem_timedwait(sem_t *restrict s,
                           const struct timespec *restrict deadline) {
  return body(s, deadline);
}
#endif
