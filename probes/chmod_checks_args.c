/*
 * Detects: chmod() of a file that does not exist fails with ENOENT (and
 *   of a path through a file with ENOTDIR) before failing for any other
 *   reason.
 * Kind: run
 * Macro: WASISHIM_CHMOD_CHECKS_ARGS
 * Seen: the stubs of wasi-sdk 22 and later fail with ENOSYS whatever
 *   the path (measured on the libcs of 25, 26/27, about 30 and 33);
 *   absent before 22.
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/functions/chmod.html
 * Fallback: 0, wasishim's stub then makes the checks; a stub that fails
 *   the same way for every argument tells a caller nothing about its own
 *   mistake.
 * Bits: 1 = a missing file is not ENOENT, 2 = a path through a file is not
 *   ENOTDIR, 4 = could not create the file
 */
#include <sys/stat.h>
#include <unistd.h>

#include "args_probe.h"

int main(void) {
  if (args_probe_fd() < 0)
    return 4;
  ARGS_PROBE_FAILS(1, chmod("missing", 0644), ENOENT);
  ARGS_PROBE_FAILS(2, chmod("f/x", 0644), ENOTDIR);
  return args_probe_bits;
}
