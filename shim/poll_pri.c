/* POLLPRI as SDK 34 takes it (docs/quirks/poll.md), in front of the libc's
 * poll. Before wasi-libc PR 754 the libc's poll fails the whole call with
 * ENOSYS for any entry that asks for neither POLLIN nor POLLOUT: one that
 * asks only for POLLPRI, or for nothing. From PR 754 and in SDK 34 such
 * entries are skipped, and only a call in which every entry that asks for
 * anything asks only for POLLPRI is ENOSYS. WASI has no out-of-band data,
 * so POLLPRI is never reported. */
#include <errno.h>

#include "poll_internal.h"

int wasishim__poll_pri(struct pollfd *fds, nfds_t nfds, int timeout_ms) {
  int pri_only = 0, other = 0;
  nfds_t n = 0;
  for (nfds_t i = 0; i < nfds; i++) {
    fds[i].revents = 0;
    if (fds[i].fd < 0 || fds[i].events == 0)
      continue;
    if (fds[i].events & ~POLLPRI) {
      other = 1;
      n++;
    } else {
      pri_only = 1;
    }
  }
  if (pri_only && !other) {
    errno = ENOSYS;
    return -1;
  }
  /* The libc polls a copy of the entries that ask for more than POLLPRI;
   * the caller's array is left as it was, but for revents. 8 bytes an
   * entry on the stack, where poll itself puts two 48-byte subscriptions.
   * Beside POLLIN or POLLOUT every libc's poll ignores the bit. */
  struct pollfd sub[n > 0 ? n : 1];
  nfds_t from[n > 0 ? n : 1];
  nfds_t k = 0;
  for (nfds_t i = 0; i < nfds; i++)
    if (fds[i].fd >= 0 && (fds[i].events & ~POLLPRI)) {
      sub[k] = fds[i];
      from[k++] = i;
    }
  int r = poll(sub, n, timeout_ms);
  if (r > 0)
    for (k = 0; k < n; k++)
      fds[from[k]].revents = sub[k].revents;
  return r;
}
