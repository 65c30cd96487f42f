/*
 * Detects: clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, ...) returns at
 *   its deadline, and at once for a deadline already past.
 * Kind: run
 * Macro: WASISHIM_CLOCK_NANOSLEEP_ABSTIME_WORKS
 * Seen: depends on the runtime, not the SDK: under Node 20's WASI an
 *   absolute wait on the monotonic clock never returns (all our test SDKs);
 *   CPython 3.11's time.sleep() waits this way when HAVE_CLOCK_NANOSLEEP.
 * Link: https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md
 * Fallback: 0, a sleep that may never end is worse than a relative one.
 * Bits: 1 = the future deadline failed, 2 = it returned early,
 *   4 = the past deadline failed
 * Hang: 0, the wait never ending is the failure this probe looks for.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

static long long ns(const struct timespec *t) {
  return t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(void) {
  struct timespec now, until, past = {0, 0};
  int r = 0;
  clock_gettime(CLOCK_MONOTONIC, &now);
  until = now;
  until.tv_nsec += 10000000;
  if (until.tv_nsec >= 1000000000) {
    until.tv_sec++;
    until.tv_nsec -= 1000000000;
  }
  if (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) != 0)
    r |= 1;
  clock_gettime(CLOCK_MONOTONIC, &now);
  /* Node's clock waits end up to about 1 ms early. */
  if (ns(&now) < ns(&until) - 2000000)
    r |= 2;
  if (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL) != 0)
    r |= 4;
  return r;
}
