/* The rest of a vector after a runtime's short count (modules/readv): a
 * count that ends exactly at the end of a buffer, on a regular file, is
 * what wasmtime's preview 1 gives for a vector of several buffers
 * (wasmtime#7830), so the call is made again with the buffers after it,
 * until one comes back short or the vector is done. Pipes, sockets and
 * terminals keep the one call: a second read there could wait for data
 * that a single readv would not have waited for. */
#define _DEFAULT_SOURCE
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "internal.h"

static ssize_t once(int fd, const struct iovec *iov, int n, off_t off,
                    enum wasishim__vector_op op) {
  switch (op) {
  case WASISHIM__READV:
    return readv(fd, iov, n);
  case WASISHIM__WRITEV:
    return writev(fd, iov, n);
  case WASISHIM__PREADV:
    return preadv(fd, iov, n, off);
  default:
    return pwritev(fd, iov, n, off);
  }
}

ssize_t wasishim__vector_io(int fd, const struct iovec *iov, int n, off_t off,
                            enum wasishim__vector_op op) {
  ssize_t total = 0;
  int regular = -1;

  for (;;) {
    ssize_t r = once(fd, iov, n, off, op);
    /* An error after a transfer is left for the next call to report, as
       POSIX has a short count do. */
    if (r < 0)
      return total > 0 ? total : -1;
    total += r;
    if (r == 0)
      return total;
    /* The buffers the count covers whole, and empty ones after them. */
    size_t left = (size_t)r;
    int i = 0;
    while (i < n && left >= iov[i].iov_len)
      left -= iov[i++].iov_len;
    while (i < n && iov[i].iov_len == 0)
      i++;
    if (i == n || left != 0)
      return total;
    if (regular < 0) {
      struct stat st;
      regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    }
    if (!regular)
      return total;
    iov += i;
    n -= i;
    off += r;
  }
}
