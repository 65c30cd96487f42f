/* The one way a single thread waits for a deadline nothing can bring
 * sooner (pthread_cond_timedwait, cnd_timedwait, sem_timedwait): relative
 * sleeps until CLK reads the deadline or later. Not an absolute
 * clock_nanosleep: one whose deadline has passed never returns on Node's
 * WASI, and a sleep may end a little early, so the clock is read again.
 * A header, not a file of its own: three modules use it, and a shim file
 * belongs to one. Returns 0 once CLK reads DEADLINE or later, -1 with
 * errno when CLK cannot be read; DEADLINE's tv_nsec is in [0, 1e9). */
#ifndef WASISHIM_SLEEP_UNTIL_H
#define WASISHIM_SLEEP_UNTIL_H
#include <time.h>

static inline int wasishim__sleep_until(clockid_t clk,
                                        const struct timespec *deadline) {
  struct timespec now, left;

  for (;;) {
    if (clock_gettime(clk, &now) != 0)
      return -1;
    if (now.tv_sec > deadline->tv_sec ||
        (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec))
      return 0;
    left.tv_sec = deadline->tv_sec - now.tv_sec;
    left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
    if (left.tv_nsec < 0) {
      left.tv_sec--;
      left.tv_nsec += 1000000000L;
    }
    nanosleep(&left, NULL);
  }
}

#endif
