/* One thread: a semaphore at zero is never posted before the deadline, so
 * the caller sleeps to it and gets ETIMEDOUT, as POSIX asks of a timed
 * wait that nothing ends (wasi-sdk 34's traps). A bad timespec is EINVAL,
 * but only when the call would have waited, as POSIX says. The deadline
 * is on CLOCK_REALTIME, reached with relative sleeps: an absolute
 * clock_nanosleep whose deadline has passed never returns on Node's WASI,
 * and a sleep may end a little early. */
#include "sem_internal.h"

#include <time.h>

static int passed(const struct timespec *now, const struct timespec *dl) {
  return now->tv_sec > dl->tv_sec ||
         (now->tv_sec == dl->tv_sec && now->tv_nsec >= dl->tv_nsec);
}

static int body(sem_t *restrict s, const struct timespec *restrict deadline) {
  int *count = (int *)&WASISHIM__SEM_COUNT(s);
  struct timespec now, left;

  if ((*count & WASISHIM__SEM_MAX) != 0) {
    --*count;
    return 0;
  }
  if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L)
    return wasishim__sem_fail(EINVAL);
  for (;;) {
    if (clock_gettime(CLOCK_REALTIME, &now) != 0)
      return wasishim__sem_fail(EINVAL);
    if (passed(&now, deadline))
      return wasishim__sem_fail(ETIMEDOUT);
    left.tv_sec = deadline->tv_sec - now.tv_sec;
    left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
    if (left.tv_nsec < 0) {
      left.tv_sec--;
      left.tv_nsec += 1000000000L;
    }
    nanosleep(&left, NULL);
  }
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
