/*
 * Detects: the file /dev/ptmx exists (what configure's ac_cv_file__dev_ptmx
 *   checks).
 * Kind: run
 * Macro: WASISHIM_DEV_PTMX_EXISTS
 * Seen: never on WASI (no ptys); CPython's config.site forces
 *   ac_cv_file__dev_ptmx=no because configure errors out in cross builds
 *   when it is unset.
 * Link: -
 * Fallback: 0, WASI has no pseudo-terminals; this is the config.site value.
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  if (access("/dev/ptmx", F_OK) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  return 0;
}
