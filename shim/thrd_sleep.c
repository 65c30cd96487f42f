/* Where the libc has no <threads.h> (the 2022 libc): nanosleep, with C11's
 * answers (0 slept, -1 interrupted, -2 any other failure), as musl's. */
#include "c11_internal.h"

#include <errno.h>
#include <time.h>

int thrd_sleep(const struct timespec *duration, struct timespec *left) {
  if (nanosleep(duration, left) == 0)
    return 0;
  return errno == EINTR ? -1 : -2;
}
