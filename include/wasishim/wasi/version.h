/* wasishim: <wasi/version.h> on every SDK (docs/quirks/wasi-version.md).
   The libc's own where it has one (from about wasi-sdk 30); then what this
   build of wasishim knows for sure (wasishim/wasi-version.h, written by
   wasishim-report select): __wasip1__ for a p1 target that does not define it,
   and __wasi_sdk_major__ only from a VERSION file that the libc's own facts
   agree with. */
#if __has_include_next(<wasi/version.h>)
#include_next <wasi/version.h>
#endif

#ifndef WASISHIM_WASI_VERSION_H
#define WASISHIM_WASI_VERSION_H
#include <wasishim/wasi-version.h>
#endif
