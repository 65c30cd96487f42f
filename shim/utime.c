/* utime with NULL times meaning "now", where libc sets them to 1970 (probe
 * utime_null_sets_now). Explicit times work there, so NULL becomes the
 * current time and the rest is libc's. */
#define _POSIX_C_SOURCE 200809L
#include <time.h>
#include <utime.h>

int wasishim_utime(const char *path, const struct utimbuf *times);

int wasishim_utime(const char *path, const struct utimbuf *times) {
  struct timespec now;
  if (times != NULL)
    return utime(path, times);
  if (clock_gettime(CLOCK_REALTIME, &now) != 0)
    return -1;
  const struct utimbuf both = {now.tv_sec, now.tv_sec};
  return utime(path, &both);
}
