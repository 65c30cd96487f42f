/*
 * Detects: pipe2() rejects flags other than O_CLOEXEC and O_NONBLOCK
 *   with EINVAL before failing for any other reason.
 * Kind: run
 * Macro: WASISHIM_PIPE2_CHECKS_ARGS
 * Seen: absent before wasi-sdk
 *   34 (0); 34's p1 stub checks the flags (source).
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/pipe2.html
 * Flags: -D_GNU_SOURCE
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = unknown flags are not EINVAL
 */
#include <unistd.h>

#include "args_probe.h"

int main(void) {
  int fds[2];
  ARGS_PROBE_FAILS(1, pipe2(fds, 0x40000000), EINVAL);
  return args_probe_bits;
}
