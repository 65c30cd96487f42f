/* One thread: a semaphore at zero can only be posted by the caller, who
 * is waiting; the wait could never end. EDEADLK, POSIX's "may fail" for a
 * detected deadlock, instead of the trap of wasi-sdk 34's (its futex
 * traps whenever a wait would block). */
#include "sem_internal.h"

static int body(sem_t *s) {
  int *count = (int *)&WASISHIM__SEM_COUNT(s);
  if ((*count & WASISHIM__SEM_MAX) == 0)
    return wasishim__sem_fail(EDEADLK);
  --*count;
  return 0;
}

#if WASISHIM_PROVIDE_SEM_WAIT
int sem_wait(sem_t *s) {
  return body(s);
}
#endif
#if WASISHIM_REPLACE_SEM_WAIT
int wasishim_sem_wait(sem_t *s) {
  return body(s);
}
#endif
