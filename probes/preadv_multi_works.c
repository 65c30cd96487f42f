/*
 * Detects: preadv() at an offset with 3 buffers of different sizes fills all
 *   of them, in order, and leaves the file offset alone.
 * Kind: run
 * Macro: WASISHIM_PREADV_MULTI_WORKS
 * Seen: present in all SDKs; runtime-dependent: wasmtime's WASI 0.2-based
 *   p1 implementation used only the first buffer.
 * Link: https://github.com/bytecodealliance/wasmtime/issues/7830
 * Fallback: 0, CPython's config.site forces preadv=no for that runtime bug.
 * Bits: 1 = preadv failed (errno printed), 2 = short count (count printed),
 *   4 = wrong bytes in the buffers, 8 = the file offset moved,
 *   16 = could not create the test file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void) {
  const char data[] = "XYabcdefghij"; /* from offset 2: 1 + 3 + 6 */
  char a[1], b[3], c[6];
  struct iovec iov[3] = {{a, sizeof a}, {b, sizeof b}, {c, sizeof c}};
  int r = 0;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, data, 12) != 12 || lseek(fd, 1, SEEK_SET) != 1)
    return 16;
  ssize_t n = preadv(fd, iov, 3, 2);
  if (n < 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (n != 10) {
    printf("count=%zd\n", n);
    r |= 2;
  } else if (memcmp(a, "a", 1) || memcmp(b, "bcd", 3) ||
             memcmp(c, "efghij", 6)) {
    r |= 4;
  }
  if (lseek(fd, 0, SEEK_CUR) != 1)
    r |= 8;
  return r;
}
