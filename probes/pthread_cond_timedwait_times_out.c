/*
 * Detects: pthread_cond_timedwait with nobody to signal returns ETIMEDOUT
 *   at a 10 ms deadline (it neither hangs nor returns at once), and at
 *   once for a deadline already past.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_COND_TIMEDWAIT_TIMES_OUT
 * Seen: single-thread condition-variable stubs on p1 since SDK 25 (PR 518);
 *   not catalogued, measured here because CPython's lock timeouts sit on it.
 *   The stub sleeps to the deadline with an absolute poll_oneoff, which
 *   wazero refuses (ENOTSUP) and Node never ends once the deadline is
 *   past: a loaded machine can delay a 10 ms wait past its deadline, so
 *   only the past deadline gives Node's answer every time.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 * Fallback: 0, a timed lock that may never time out must not be trusted.
 * Bits: 1 = setup failed, 2 = did not return ETIMEDOUT, 4 = returned more
 *   than 5 ms before the deadline, 8 = a deadline already past did not
 *   give ETIMEDOUT
 * Hang: 0, a wait to a deadline already past that never ends (Node's).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>

int main(void) {
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec dl, now;
  long long early;
  int r, bits = 0;

  if (clock_gettime(CLOCK_REALTIME, &dl) != 0 || pthread_mutex_lock(&m) != 0)
    return 1;
  dl.tv_nsec += 10 * 1000 * 1000;
  if (dl.tv_nsec >= 1000000000) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000;
  }
  r = pthread_cond_timedwait(&c, &m, &dl);
  clock_gettime(CLOCK_REALTIME, &now);
  if (r != ETIMEDOUT) {
    printf("ret=%d\n", r);
    bits |= 2;
  }
  /* Node's clock waits end up to about 1 ms early (nanosleep too), so
       only an early return by half the timeout counts. */
  early = (long long)(dl.tv_sec - now.tv_sec) * 1000000000LL +
          (dl.tv_nsec - now.tv_nsec);
  if (early > 5 * 1000 * 1000)
    bits |= 4;
  dl.tv_sec -= 1;
  r = pthread_cond_timedwait(&c, &m, &dl);
  pthread_mutex_unlock(&m);
  if (r != ETIMEDOUT) {
    printf("past: ret=%d\n", r);
    bits |= 8;
  }
  return bits;
}
