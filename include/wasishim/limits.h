/* wasishim: <limits.h> the same on every SDK (docs/quirks/pipe-buf.md).
   PIPE_BUF, which wasi-libc keeps behind its "WASI has no pipes" guard
   before SDK 34, with musl's value, the one SDK 34 defines, and under the
   same feature-test macros as the rest of musl's POSIX limits. */
#include_next <limits.h>

#ifndef WASISHIM_LIMITS_H
#define WASISHIM_LIMITS_H
#include <wasishim/shim.h>

#if WASISHIM_DEFINE_PIPE_BUF && !defined(PIPE_BUF) &&                          \
    (defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) ||                     \
     defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE))
#define PIPE_BUF 4096
#endif

#endif
