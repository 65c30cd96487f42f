/* The one way a single thread waits for a deadline nothing can bring
 * sooner (pthread_cond_timedwait, cnd_timedwait, sem_timedwait): relative
 * sleeps until the clock reads the deadline or later. Not an absolute
 * sleep: one whose deadline has passed never returns on Node's WASI, and a
 * sleep may end a little early, so the clock is read again. WASI's own
 * calls, not clock_gettime and nanosleep: the libc's add more than 2 KiB to
 * a program that did not read the time yet (make bench), and nanosleep is
 * this same relative wait, on the monotonic clock from SDK 31 on.
 * A header, not a file of its own: three modules use it, and a shim file
 * belongs to one. Returns 0 once CLOCK (a WASI clock id) reads DEADLINE or
 * later, -1 with errno when it cannot be read; DEADLINE's tv_nsec is in
 * [0, 1e9). */
#ifndef WASISHIM_SLEEP_UNTIL_H
#define WASISHIM_SLEEP_UNTIL_H
#include <errno.h>
#include <stdint.h>
#include <time.h>
#include <wasi/api.h>

static inline int wasishim__sleep_until(__wasi_clockid_t clock,
                                        const struct timespec *deadline) {
  __wasi_timestamp_t end, now;
  __wasi_subscription_t sleep = {0};
  __wasi_event_t event;
  __wasi_size_t n;
  __wasi_errno_t e;

  if (deadline->tv_sec < 0)
    end = 0;
  else if ((uint64_t)deadline->tv_sec >= UINT64_MAX / 1000000000u)
    end = UINT64_MAX;
  else
    end =
        (uint64_t)deadline->tv_sec * 1000000000u + (uint64_t)deadline->tv_nsec;
  sleep.u.tag = __WASI_EVENTTYPE_CLOCK;
  sleep.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  for (;;) {
    e = __wasi_clock_time_get(clock, 1, &now);
    if (e != 0) {
      errno = e;
      return -1;
    }
    if (now >= end)
      return 0;
    sleep.u.u.clock.timeout = end - now;
    /* An error ends this sleep early, as it ends nanosleep's: the clock is
       read again. */
    (void)__wasi_poll_oneoff(&sleep, &event, 1, &n);
  }
}

#endif
