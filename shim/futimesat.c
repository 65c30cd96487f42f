/* futimesat with NULL times meaning "now", where libc sets them to 1970
 * (probe futimesat_null_sets_now). Explicit times work there, so NULL
 * becomes the current time and the rest is libc's. */
#define _GNU_SOURCE
#include <sys/time.h>
#include <time.h>

int wasishim_futimesat(int dirfd, const char *path,
                       const struct timeval times[2]);

int wasishim_futimesat(int dirfd, const char *path,
                       const struct timeval times[2]) {
  struct timespec now;
  if (times != NULL)
    return futimesat(dirfd, path, times);
  if (clock_gettime(CLOCK_REALTIME, &now) != 0)
    return -1;
  struct timeval tv = {now.tv_sec, (suseconds_t)(now.tv_nsec / 1000)};
  const struct timeval both[2] = {tv, tv};
  return futimesat(dirfd, path, both);
}
