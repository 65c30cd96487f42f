/* preadv where the runtime reads only the first buffer of a vector (probe
 * preadv_multi_works; wasmtime#7830): shim/vector_io.c goes on with the
 * rest on a regular file (docs/quirks/readv.md). */
#define _DEFAULT_SOURCE
#include <sys/uio.h>

#include "internal.h"

ssize_t wasishim_preadv(int fd, const struct iovec *iov, int n, off_t off);

ssize_t wasishim_preadv(int fd, const struct iovec *iov, int n, off_t off) {
  return wasishim__vector_io(fd, iov, n, off, WASISHIM__PREADV);
}
