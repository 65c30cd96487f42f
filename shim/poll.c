/* poll where the libc's fails with ENOSYS for an entry that asks only for
 * POLLPRI beside others that ask for more (before wasi-libc PR 754, probe
 * poll_strips_pollpri): SDK 34's answer, through wasishim__poll_pri. */
#include "poll_internal.h"

int wasishim_poll(struct pollfd *fds, nfds_t nfds, int timeout);

int wasishim_poll(struct pollfd *fds, nfds_t nfds, int timeout) {
  return wasishim__poll_pri(fds, nfds, timeout);
}
