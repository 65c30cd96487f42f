/* pipe2 with its flags checked: where the SDK lacks it (before SDK 34,
 * probe pipe2_links) or its stub does not check them (probe
 * pipe2_checks_args). Flags other than O_CLOEXEC and O_NONBLOCK are
 * EINVAL, as SDK 34's p1 stub says; WASI p1 has no pipes, so the rest is
 * ENOTSUP. */
#define _GNU_SOURCE
#include <unistd.h>

#include "stub_checks.h"

static int body(int fds[2], int flags) {
  (void)fds;
  if (flags & ~(O_CLOEXEC | O_NONBLOCK))
    return wasishim__fail(EINVAL);
  return wasishim__fail(ENOTSUP);
}

#if WASISHIM_PROVIDE_PIPE2
int pipe2(int fds[2], int flags);
int pipe2(int fds[2], int flags) {
  return body(fds, flags);
}
#endif
#if WASISHIM_REPLACE_PIPE2
int wasishim_pipe2(int fds[2], int flags);
int wasishim_pipe2(int fds[2], int flags) {
  return body(fds, flags);
}
#endif
