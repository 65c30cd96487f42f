/*
 * Detects: poll() skips an entry that asks only for POLLPRI when another
 *   entry asks for POLLOUT, as SDK 34 does, instead of failing the whole
 *   call with ENOSYS (whatever the runtime then says of fd 1). The same
 *   libcs fail for an entry that asks for nothing (events 0).
 * Kind: run
 * Macro: WASISHIM_POLL_STRIPS_POLLPRI
 * Seen: ENOSYS in the libcs of 2022, SDK 25 and 26/27; dropped from wasi-
 *   libc PR 754 (yowasp-22.0.0, about SDK 30; debian-33).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/754
 * Fallback: 0, wasishim's poll gives SDK 34's answer on every SDK, so
 *   choosing it where nothing was measured costs nothing but a wrapper.
 * Bits: 1 = ENOSYS
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>

/* SDK 34's value; not defined before about SDK 30. */
#ifndef POLLPRI
#define POLLPRI 0x0200
#endif

int main(void) {
  struct pollfd p[2] = {{1, POLLOUT, 0}, {1, POLLPRI, 0}};
  errno = 0;
  int r = poll(p, 2, 0);
  if (r == -1 && errno == ENOSYS)
    return 1;
  printf("r=%d errno=%d\n", r, r == -1 ? errno : 0);
  return 0;
}
