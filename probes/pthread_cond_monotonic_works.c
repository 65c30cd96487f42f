/*
 * Detects: a condition variable set to CLOCK_MONOTONIC works:
 *   pthread_condattr_getclock gives the clock back, and
 *   pthread_cond_timedwait measures its deadline on that clock (with nobody
 *   to signal it returns ETIMEDOUT at, not before, a deadline 10 ms ahead).
 * Kind: run
 * Macro: WASISHIM_PTHREAD_COND_MONOTONIC_WORKS
 * Seen: single-thread stubs on p1 since 25 (PR 518): pthread_cond_init
 *   ignores its attributes and pthread_cond_timedwait always sleeps until
 *   the deadline read as CLOCK_REALTIME; pthread_condattr_getclock returns
 *   no valid clock (measured on the libcs of 26/27 and 29/30). CPython
 *   times its lock waits on CLOCK_MONOTONIC when it can set it.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 * Fallback: 0, a timed wait on an unknown clock may end at once or never.
 * Bits: 1 = setup failed, 2 = getclock does not give CLOCK_MONOTONIC,
 *   4 = the wait did not return ETIMEDOUT, 8 = it returned more than 5 ms
 *   before the deadline
 * Hang: 0, the stub reads a monotonic deadline (minutes since boot) as a
 *   wall-clock time long past; a runtime that mishandles past absolute
 *   deadlines (Node's) then sleeps forever.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>

int main(void) {
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_condattr_t a;
  pthread_cond_t c;
  clockid_t clk;
  struct timespec dl, now;
  long long early;
  int r, bits = 0;

  if (pthread_condattr_init(&a) != 0 ||
      pthread_condattr_setclock(&a, CLOCK_MONOTONIC) != 0 ||
      pthread_cond_init(&c, &a) != 0)
    return 1;
  if (pthread_condattr_getclock(&a, &clk) != 0 || clk != CLOCK_MONOTONIC)
    bits |= 2;
  if (clock_gettime(CLOCK_MONOTONIC, &dl) != 0 || pthread_mutex_lock(&m) != 0)
    return 1;
  dl.tv_nsec += 10 * 1000 * 1000;
  if (dl.tv_nsec >= 1000000000) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000;
  }
  r = pthread_cond_timedwait(&c, &m, &dl);
  clock_gettime(CLOCK_MONOTONIC, &now);
  pthread_mutex_unlock(&m);
  printf("ret=%d\n", r);
  if (r != ETIMEDOUT)
    bits |= 4;
  /* Node's clock waits end up to about 1 ms early; only half the timeout
       counts as early. */
  early = (long long)(dl.tv_sec - now.tv_sec) * 1000000000LL +
          (dl.tv_nsec - now.tv_nsec);
  if (early > 5 * 1000 * 1000)
    bits |= 8;
  return bits;
}
