/*
 * Detects: writev() with 3 buffers of different sizes writes all of them, in
 *   order, to a regular file (one call, full count).
 * Kind: run
 * Macro: WASISHIM_WRITEV_MULTI_WORKS
 * Seen: present in all SDKs; runtime-dependent: wasmtime's WASI 0.2-based
 *   p1 implementation used only the first buffer.
 * Link: https://github.com/bytecodealliance/wasmtime/issues/7830
 * Fallback: 0, CPython's config.site forces writev=no for that runtime bug.
 * Bits: 1 = writev failed (errno printed), 2 = short count (count printed),
 *   4 = the file does not hold the bytes in order, 8 = could not create the
 *   test file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void) {
  char a[] = "a", b[] = "bcd", c[] = "efghij", back[16] = {0};
  struct iovec iov[3] = {{a, 1}, {b, 3}, {c, 6}};
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 8;
  ssize_t n = writev(fd, iov, 3);
  if (n < 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (n != 10) {
    printf("count=%zd\n", n);
    return 2;
  }
  if (lseek(fd, 0, SEEK_SET) != 0 || read(fd, back, sizeof back) != 10 ||
      memcmp(back, "abcdefghij", 10) != 0)
    return 4;
  return 0;
}
