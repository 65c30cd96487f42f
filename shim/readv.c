/* readv where the runtime reads only the first buffer of a vector (probe
 * readv_multi_works; wasmtime#7830): shim/vector_io.c goes on with the
 * rest on a regular file (docs/quirks/readv.md). */
#define _DEFAULT_SOURCE
#include <sys/uio.h>

#include "internal.h"

ssize_t wasishim_readv(int fd, const struct iovec *iov, int n);

ssize_t wasishim_readv(int fd, const struct iovec *iov, int n) {
  return wasishim__vector_io(fd, iov, n, 0, WASISHIM__READV);
}
