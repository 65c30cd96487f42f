/*
 * Detects: unnamed semaphores on one thread: sem_trywait on zero gives
 *   EAGAIN, sem_timedwait sleeps to its deadline (10 ms) and gives
 *   ETIMEDOUT, or EINVAL for a bad timespec, sem_wait on zero, which
 *   nobody can post, gives EDEADLK (POSIX's "may fail"), and
 *   sem_post/sem_getvalue/sem_wait count.
 * Kind: run
 * Macro: WASISHIM_SEM_SINGLE_THREAD_WORKS
 * Seen: absent (does not build: undefined sem_init) on every p1 libc up
 *   to wasi-sdk 33 (catalogue section 3). wasi-sdk 34 adds musl's
 *   semaphores (PR 851, commit 297b285d) on a futex that traps whenever a
 *   wait would block, a timed wait with a future deadline included
 *   (src/thread/single-threaded/futex.c).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, a wait that may trap must not be trusted.
 * Hang: 0, a wait for a post that no thread can make.
 * Bits: 1 = setup failed, 2 = trywait did not give EAGAIN, 4 = timedwait
 *   did not give ETIMEDOUT at (not before) the deadline, 8 = a bad
 *   timespec did not give EINVAL, 16 = wait did not give EDEADLK, 32 =
 *   post, getvalue or wait did not count
 */
#include <errno.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>

int main(void) {
  sem_t s;
  struct timespec dl, now, bad = {0, -1};
  long long early;
  int bits = 0, r, e, v = -1;

  if (sem_init(&s, 0, 0) != 0 || clock_gettime(CLOCK_REALTIME, &dl) != 0)
    return 1;
  errno = 0;
  if (sem_trywait(&s) != -1 || errno != EAGAIN)
    bits |= 2;
  dl.tv_nsec += 10 * 1000 * 1000;
  if (dl.tv_nsec >= 1000000000) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000;
  }
  fflush(stdout);
  errno = 0;
  r = sem_timedwait(&s, &dl);
  e = errno;
  clock_gettime(CLOCK_REALTIME, &now);
  printf("timedwait=%d errno=%d\n", r, e);
  /* Node's clock waits end up to about 1 ms early: only half counts. */
  early = (long long)(dl.tv_sec - now.tv_sec) * 1000000000LL +
          (dl.tv_nsec - now.tv_nsec);
  if (r != -1 || e != ETIMEDOUT || early > 5 * 1000 * 1000)
    bits |= 4;
  errno = 0;
  if (sem_timedwait(&s, &bad) != -1 || errno != EINVAL)
    bits |= 8;
  fflush(stdout);
  errno = 0;
  r = sem_wait(&s);
  printf("wait=%d errno=%d\n", r, errno);
  if (r != -1 || errno != EDEADLK)
    bits |= 16;
  if (sem_post(&s) != 0 || sem_getvalue(&s, &v) != 0 || v != 1 ||
      sem_wait(&s) != 0 || sem_getvalue(&s, &v) != 0 || v != 0 ||
      sem_destroy(&s) != 0)
    bits |= 32;
  return bits;
}
