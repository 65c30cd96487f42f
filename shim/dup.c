/* dup with its argument checked: where the SDK lacks it (wasi-libc before
 * SDK 34, probe dup_links) or has a stub that does not look at the
 * descriptor (probe dup_checks_args). WASI p1 cannot duplicate a
 * descriptor, so an open one gets ENOTSUP, as SDK 34's p1 stub gives. */
#include <unistd.h>

#include "stub_checks.h"

static int body(int fd) {
  if (wasishim__fd_open(fd) != 0)
    return -1;
  return wasishim__fail(ENOTSUP);
}

#if WASISHIM_PROVIDE_DUP
int dup(int fd);
int dup(int fd) {
  return body(fd);
}
#endif
#if WASISHIM_REPLACE_DUP
int wasishim_dup(int fd);
int wasishim_dup(int fd) {
  return body(fd);
}
#endif
