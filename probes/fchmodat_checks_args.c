/*
 * Detects: fchmodat() checks its arguments: EINVAL for flags other
 *   than AT_SYMLINK_NOFOLLOW, EBADF for a folder descriptor that is not
 *   open, ENOENT for a missing file.
 * Kind: run
 * Macro: WASISHIM_FCHMODAT_CHECKS_ARGS
 * Seen: the stubs of wasi-sdk 22 and later
 *   fail with ENOSYS whatever the arguments (measured on the libcs of 25,
 *   26/27, about 30 and 33); absent before 22.
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/fchmodat.html
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = unknown flags are not EINVAL, 2 = a closed folder descriptor is
 *   not EBADF, 4 = a missing file is not ENOENT, 8 = could not create the
 *   file
 */
#include <sys/stat.h>

#include "args_probe.h"

int main(void) {
  if (args_probe_fd() < 0)
    return 8;
  ARGS_PROBE_FAILS(1, fchmodat(AT_FDCWD, "f", 0644, 0x40000000), EINVAL);
  ARGS_PROBE_FAILS(2, fchmodat(1000, "f", 0644, 0), EBADF);
  ARGS_PROBE_FAILS(4, fchmodat(AT_FDCWD, "missing", 0644, 0), ENOENT);
  return args_probe_bits;
}
