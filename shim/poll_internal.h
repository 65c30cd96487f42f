/* Shared by shim/poll.c and shim/ppoll.c (modules/poll). */
#ifndef WASISHIM_POLL_INTERNAL_H
#define WASISHIM_POLL_INTERNAL_H

#include <poll.h>

/* SDK 34's value; the libcs before about SDK 30 have no POLLPRI. */
#ifndef POLLPRI
#define POLLPRI 0x0200
#endif

/* The libc's poll with SDK 34's handling of POLLPRI: ENOSYS when every
 * entry that asks for anything asks only for POLLPRI; otherwise entries
 * that ask only for POLLPRI, or for nothing, are skipped, and POLLPRI is
 * never reported. revents are cleared first. */
int wasishim__poll_pri(struct pollfd *fds, nfds_t nfds, int timeout_ms);

#endif
