/*
 * Shared by the *_checks_args probes: each bad argument a stub must reject
 * before it gives its own "not supported" errno is one bit of the exit
 * status; a wrong answer prints the call, its result and errno.
 */
#ifndef WASISHIM_PROBE_ARGS_H
#define WASISHIM_PROBE_ARGS_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

static int args_probe_bits;

/* call must fail with -1 and errno want, else bit is set. */
#define ARGS_PROBE_FAILS(bit, call, want)                                      \
  do {                                                                         \
    errno = 0;                                                                 \
    long r_ = (long)(call);                                                    \
    if (r_ != -1 || errno != (want)) {                                         \
      printf("%s = %ld errno=%d\n", #call, r_, errno);                         \
      args_probe_bits |= (bit);                                                \
    }                                                                          \
  } while (0)

/* An open descriptor for the probes to pass as the good argument; the file
 * is named "f" in the probe's own folder. */
static int args_probe_fd(void) {
  return open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
}

#endif
