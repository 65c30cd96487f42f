/* ppoll where the SDK lacks it (before SDK 34, probe ppoll_links), on top
 * of the libc's poll, with SDK 34's answers: a timeout with tv_sec < 0 or
 * tv_nsec outside [0, 1e9) is EINVAL; POLLPRI as wasishim__poll_pri takes
 * it. The signal mask is ignored, as SDK 34 ignores it: WASI has no
 * signals that could arrive while poll waits, so there is nothing for it to
 * block. poll counts in milliseconds: the timeout is rounded up, so that
 * ppoll never returns before it, and capped at INT_MAX ms (about 24 days). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <time.h>

#include "poll_internal.h"

int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
          const sigset_t *sigmask);

static int milliseconds(const struct timespec *t) {
  if (t == NULL)
    return -1;
  if (t->tv_sec > INT_MAX / 1000)
    return INT_MAX;
  long long ms = (long long)t->tv_sec * 1000 + (t->tv_nsec + 999999) / 1000000;
  return ms > INT_MAX ? INT_MAX : (int)ms;
}

int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
          const sigset_t *sigmask) {
  (void)sigmask;
  if (timeout != NULL && (timeout->tv_sec < 0 || timeout->tv_nsec < 0 ||
                          timeout->tv_nsec >= 1000000000)) {
    errno = EINVAL;
    return -1;
  }
  return wasishim__poll_pri(fds, nfds, milliseconds(timeout));
}
