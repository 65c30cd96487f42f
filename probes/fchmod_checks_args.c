/*
 * Detects: fchmod() rejects a descriptor that is not open (-1, 1000)
 *   with EBADF before failing for any other reason.
 * Kind: run
 * Macro: WASISHIM_FCHMOD_CHECKS_ARGS
 * Seen: the stubs of wasi-sdk
 *   22 and later fail with ENOSYS whatever the descriptor (measured on the
 *   libcs of 25, 26/27, about 30 and 33); absent before 22.
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/fchmod.html
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = fchmod(-1) is not EBADF, 2 = fchmod(1000) is not EBADF
 */
#include <sys/stat.h>

#include "args_probe.h"

int main(void) {
  ARGS_PROBE_FAILS(1, fchmod(-1, 0644), EBADF);
  ARGS_PROBE_FAILS(2, fchmod(1000, 0644), EBADF);
  return args_probe_bits;
}
