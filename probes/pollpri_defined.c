/*
 * Detects: <poll.h> defines POLLPRI.
 * Kind: compile
 * Macro: WASISHIM_POLLPRI_DEFINED
 * Seen: added around SDK 30-31 (PR 753, catalogue row 52); never reported
 *   in revents.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/753
 */
#include <poll.h>

#ifndef POLLPRI
#error no POLLPRI
#endif
int probe;
