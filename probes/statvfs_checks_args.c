/*
 * Detects: statvfs() of a path that does not exist fails with ENOENT
 *   before failing for any other reason.
 * Kind: run
 * Macro: WASISHIM_STATVFS_CHECKS_ARGS
 * Seen: the stubs of wasi-sdk 22 and
 *   later fail with ENOSYS whatever the path (measured on the libcs of 25,
 *   26/27, about 30 and 33); absent, with no <sys/statvfs.h>, before 22.
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/statvfs.html
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = a missing path is not ENOENT
 */
#include <sys/statvfs.h>

#include "args_probe.h"

int main(void) {
  struct statvfs sv;
  ARGS_PROBE_FAILS(1, statvfs("missing", &sv), ENOENT);
  return args_probe_bits;
}
