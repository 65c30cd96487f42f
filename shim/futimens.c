/* futimens with NULL, UTIME_NOW and UTIME_OMIT working: where libc sets NULL
 * times to 1970 or rejects the special values (probes futimens_null_sets_now,
 * futimens_utime_now_works, futimens_utime_omit_works), they are resolved
 * here and libc only sees explicit times, which it handles. */
#define _POSIX_C_SOURCE 200809L
#include <sys/stat.h>
#include <time.h>

#include "internal.h"

int wasishim_futimens(int fd, const struct timespec times[2]);

int wasishim_futimens(int fd, const struct timespec times[2]) {
  struct timespec now, old[2], out[2];
  int needs = wasishim__times_needs(times);
  if (needs < 0)
    return -1;
  if (needs & WASISHIM__TIMES_OLD) {
    struct stat st;
    /* Also the EBADF check when both times are omitted. */
    if (fstat(fd, &st) != 0)
      return -1;
    old[0] = st.st_atim;
    old[1] = st.st_mtim;
  }
  if (needs & WASISHIM__TIMES_NOTHING)
    return 0;
  if ((needs & WASISHIM__TIMES_NOW) && clock_gettime(CLOCK_REALTIME, &now))
    return -1;
  if (wasishim__resolve_times(times, &now, old, out) != 0)
    return -1;
  return futimens(fd, out);
}
