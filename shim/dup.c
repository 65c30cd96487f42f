/* dup where the SDK lacks it (wasi-libc before SDK 34, probe dup_links).
 * WASI p1 cannot duplicate a descriptor; SDK 34 defines dup on p1 as a stub
 * failing with ENOTSUP without looking at the descriptor, and so does this
 * one. */
#include <errno.h>

int dup(int fd);

int dup(int fd) {
  (void)fd;
  errno = ENOTSUP;
  return -1;
}
