/* clock_nanosleep with TIMER_ABSTIME done as relative waits: under some
 * runtimes (Node 20's WASI) an absolute wait never wakes up, and a relative
 * one may end a little early, so it waits again until the deadline has
 * really passed, as POSIX requires. docs/quirks/clock-nanosleep.md */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <time.h>

int wasishim_clock_nanosleep(clockid_t clock, int flags,
                             const struct timespec *t, struct timespec *rem) {
  if (!(flags & TIMER_ABSTIME))
    return clock_nanosleep(clock, flags, t, rem);
  if (t->tv_nsec < 0 || t->tv_nsec >= 1000000000)
    return EINVAL;
  for (;;) {
    struct timespec now, left;
    if (clock_gettime(clock, &now) != 0)
      return errno;
    left.tv_sec = t->tv_sec - now.tv_sec;
    left.tv_nsec = t->tv_nsec - now.tv_nsec;
    if (left.tv_nsec < 0) {
      left.tv_sec--;
      left.tv_nsec += 1000000000;
    }
    if (left.tv_sec < 0 || (left.tv_sec == 0 && left.tv_nsec == 0))
      return 0;
    int r = clock_nanosleep(clock, 0, &left, NULL);
    if (r != 0)
      return r;
  }
}
