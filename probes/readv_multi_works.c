/*
 * Detects: readv() with 3 buffers of different sizes fills all of them, in
 *   order, from a regular file (one call, full count).
 * Kind: run
 * Macro: WASISHIM_READV_MULTI_WORKS
 * Seen: present in all SDKs; runtime-dependent: wasmtime's WASI 0.2-based
 *   p1 implementation used only the first buffer; wasi-libc's p2 readv fixed
 *   in 29.
 * Link: https://github.com/bytecodealliance/wasmtime/issues/7830
 *   https://github.com/WebAssembly/wasi-libc/pull/666
 * Fallback: 0, CPython's config.site forces readv=no for that runtime bug.
 * Bits: 1 = readv failed (errno printed), 2 = short count (count printed),
 *   4 = wrong bytes in the buffers, 8 = could not create the test file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void) {
  const char data[] = "abcdefghij"; /* split 1 + 3 + 6 */
  char a[1], b[3], c[6];
  struct iovec iov[3] = {{a, sizeof a}, {b, sizeof b}, {c, sizeof c}};
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, data, 10) != 10 || lseek(fd, 0, SEEK_SET) != 0)
    return 8;
  ssize_t n = readv(fd, iov, 3);
  if (n < 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (n != 10) {
    printf("count=%zd\n", n);
    return 2;
  }
  if (memcmp(a, "a", 1) || memcmp(b, "bcd", 3) || memcmp(c, "efghij", 6))
    return 4;
  return 0;
}
