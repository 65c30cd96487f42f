/*
 * Detects: dup() gives a second descriptor for the same open file (a write
 *   through the copy is read back through the original).
 * Kind: run
 * Macro: WASISHIM_DUP_WORKS
 * Seen: missing on p1 <=33; SDK 34 defines it on p1 as a stub failing with
 *   ENOTSUP (real on p2/p3).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/832
 * Fallback: 0, from 34 on the stub links like a real dup.
 * Bits: 1 = dup failed (errno printed), 2 = the data written through the copy
 *   was not read back, 4 = could not create the test file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char buf[8] = {0};
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 4;
  int fd2 = dup(fd);
  if (fd2 < 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (fd2 == fd || write(fd2, "dup", 3) != 3)
    return 2;
  if (lseek(fd, 0, SEEK_SET) != 0 || read(fd, buf, sizeof buf) != 3 ||
      memcmp(buf, "dup", 3) != 0)
    return 2;
  return 0;
}
