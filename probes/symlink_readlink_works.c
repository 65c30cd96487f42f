/*
 * Detects: symlink() with a relative target creates a link and readlink()
 *   returns exactly that target.
 * Kind: run
 * Macro: WASISHIM_SYMLINK_READLINK_WORKS
 * Seen: present in all SDKs; depends on the runtime (some refuse symlinks
 *   or absolute targets).
 * Link: -
 * Fallback: 0, os.symlink then raises, which callers already handle on
 *   Windows-like hosts.
 * Bits: 1 = symlink failed (errno printed), 2 = readlink failed (errno
 *   printed), 4 = readlink returned something else
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char buf[64];
  if (symlink("t/x", "l") != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  ssize_t n = readlink("l", buf, sizeof buf);
  if (n < 0) {
    printf("errno=%d\n", errno);
    return 2;
  }
  if (n != 3 || memcmp(buf, "t/x", 3) != 0)
    return 4;
  return 0;
}
