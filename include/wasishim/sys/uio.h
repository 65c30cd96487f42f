/* wasishim: <sys/uio.h> the same under every runtime (docs/quirks/readv.md).
   Where the runtime reads or writes only the first buffer of a vector
   (wasmtime's preview 1, wasmtime#7830), wasishim's readv, writev, preadv
   and pwritev go on with the rest of it on a regular file. */
#include_next <sys/uio.h>

#ifndef WASISHIM_SYS_UIO_H
#define WASISHIM_SYS_UIO_H
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_REPLACE_READV
ssize_t wasishim_readv(int, const struct iovec *, int);
#undef readv
#define readv wasishim_readv
#endif
#if WASISHIM_REPLACE_WRITEV
ssize_t wasishim_writev(int, const struct iovec *, int);
#undef writev
#define writev wasishim_writev
#endif
#if WASISHIM_REPLACE_PREADV
ssize_t wasishim_preadv(int, const struct iovec *, int, off_t);
#undef preadv
#define preadv wasishim_preadv
#endif
#if WASISHIM_REPLACE_PWRITEV
ssize_t wasishim_pwritev(int, const struct iovec *, int, off_t);
#undef pwritev
#define pwritev wasishim_pwritev
#endif

#ifdef __cplusplus
}
#endif

#endif
