/*
 * Detects: dup() rejects a descriptor that is not open (-1, 1000) with
 *   EBADF before failing for any other reason.
 * Kind: run
 * Macro: WASISHIM_DUP_CHECKS_ARGS
 * Seen: absent before wasi-sdk 34
 *   (0); in 34 a p1 stub failing with ENOTSUP for every argument (source,
 *   libc-bottom-half/sources/dup.c).
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/dup.html
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = dup(-1) is not EBADF, 2 = dup(1000) is not EBADF
 */
#include <unistd.h>

#include "args_probe.h"

int main(void) {
  ARGS_PROBE_FAILS(1, dup(-1), EBADF);
  ARGS_PROBE_FAILS(2, dup(1000), EBADF);
  return args_probe_bits;
}
