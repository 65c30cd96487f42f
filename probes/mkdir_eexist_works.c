/*
 * Detects: mkdir() of an existing directory fails with EEXIST (what
 *   os.makedirs(exist_ok=True) checks for).
 * Kind: run
 * Macro: WASISHIM_MKDIR_EEXIST_WORKS
 * Seen: present in all SDKs; the errno comes from the runtime.
 * Link: -
 * Fallback: 1, every runtime seen maps the host's EEXIST.
 * Bits: 1 = the first mkdir failed, 2 = the second mkdir succeeded,
 *   4 = it failed with another errno (printed)
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

int main(void) {
  if (mkdir("d", 0755) != 0)
    return 1;
  if (mkdir("d", 0755) == 0)
    return 2;
  if (errno != EEXIST) {
    printf("errno=%d\n", errno);
    return 4;
  }
  return 0;
}
