/*
 * Detects: rename() over an existing file replaces it (POSIX semantics,
 *   what os.replace relies on).
 * Kind: run
 * Macro: WASISHIM_RENAME_REPLACE_WORKS
 * Seen: present in all SDKs (WASI path_rename); runtime- and host-dependent
 *   (a Windows host may refuse).
 * Link: -
 * Fallback: 0, atomic replace is the one guarantee os.replace makes; do not
 *   assume it untested.
 * Bits: 1 = rename failed (errno printed), 2 = the target does not hold the
 *   new data, 4 = the old name still exists, 8 = could not create the files
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char buf[8] = {0};
  int r = 0;
  int a = open("a", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  int b = open("b", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (a < 0 || b < 0 || write(a, "new", 3) != 3 || write(b, "old", 3) != 3 ||
      close(a) != 0 || close(b) != 0)
    return 8;
  if (rename("a", "b") != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  b = open("b", O_RDONLY);
  if (b < 0 || read(b, buf, sizeof buf) != 3 || memcmp(buf, "new", 3) != 0)
    r |= 2;
  if (access("a", F_OK) == 0)
    r |= 4;
  return r;
}
