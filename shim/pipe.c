/* pipe where the SDK lacks it (wasi-libc before SDK 34, probe pipe_links).
 * WASI p1 has no pipes; SDK 34 defines pipe on p1 as a stub failing with
 * ENOTSUP, and so does this one. */
#include <errno.h>

int pipe(int fds[2]);

int pipe(int fds[2]) {
  (void)fds;
  errno = ENOTSUP;
  return -1;
}
