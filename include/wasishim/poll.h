/* wasishim: <poll.h> the same on every SDK (docs/quirks/poll.md). POLLPRI
   with SDK 34's value where the libc has none (before about SDK 30); ppoll,
   which libwasishim provides where the libc lacks it (before SDK 34),
   declared with the newest musl's visibility (_GNU_SOURCE or musl's default
   _BSD_SOURCE) where the libc's header keeps it under _GNU_SOURCE only;
   wasishim's poll where the libc's fails a whole call for an entry that
   asks only for POLLPRI (before wasi-libc PR 754). */
#include_next <poll.h>

#ifndef WASISHIM_POLL_H
#define WASISHIM_POLL_H
#include <wasishim/shim.h>

#if WASISHIM_DEFINE_POLLPRI && !defined(POLLPRI)
/* Never reported in revents: WASI has no out-of-band data. */
#define POLLPRI 0x0200
#endif

#ifdef __cplusplus
extern "C" {
#endif
#if WASISHIM_REPLACE_POLL
int wasishim_poll(struct pollfd *, nfds_t, int);
#undef poll
#define poll wasishim_poll
#endif
#ifdef __cplusplus
}
#endif

#if WASISHIM_DECLARE_PPOLL && (defined(_GNU_SOURCE) || defined(_BSD_SOURCE))
#define __NEED_time_t
#define __NEED_struct_timespec
#define __NEED_sigset_t
#include <bits/alltypes.h>
#ifdef __cplusplus
extern "C" {
#endif
int ppoll(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
#ifdef __cplusplus
}
#endif
#endif

#endif
