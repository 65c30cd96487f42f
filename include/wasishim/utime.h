/* wasishim: <utime.h> the same on every SDK (docs/quirks/times.md).
   utime is renamed to wasishim's where the libc sets NULL times to 1970
   instead of the current time. */
#include_next <utime.h>

#ifndef WASISHIM_UTIME_H
#define WASISHIM_UTIME_H
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_REPLACE_UTIME
int wasishim_utime(const char *, const struct utimbuf *);
#undef utime
#define utime wasishim_utime
#endif

#ifdef __cplusplus
}
#endif

#endif
