/*
 * Detects: dup2() makes an already open descriptor number refer to another
 *   file (a write through it lands in the first file).
 * Kind: run
 * Macro: WASISHIM_DUP2_WORKS
 * Seen: missing on p1 <=33; SDK 34 defines it on p1 as a stub failing with
 *   ENOTSUP (real on p2/p3).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/832
 * Fallback: 0, from 34 on the stub links like a real dup2; CPython would
 *   otherwise use it for os.dup2 and subprocess plumbing.
 * Bits: 1 = dup2 failed (errno printed), 2 = wrong return value or the data
 *   did not land in the first file, 4 = could not create the test files
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char buf[8] = {0};
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  int other = open("g", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || other < 0)
    return 4;
  int r = dup2(fd, other);
  if (r < 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (r != other || write(other, "dup2", 4) != 4)
    return 2;
  if (lseek(fd, 0, SEEK_SET) != 0 || read(fd, buf, sizeof buf) != 4 ||
      memcmp(buf, "dup2", 4) != 0)
    return 2;
  return 0;
}
