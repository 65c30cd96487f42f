/* wasishim: <sys/time.h> the same on every SDK (docs/quirks/times.md).
   utimes and futimesat are renamed to wasishim's where the libc sets NULL
   times to 1970 instead of the current time. */
#include_next <sys/time.h>

#ifndef WASISHIM_SYS_TIME_H
#define WASISHIM_SYS_TIME_H
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_REPLACE_UTIMES
int wasishim_utimes(const char *, const struct timeval[2]);
#undef utimes
#define utimes wasishim_utimes
#endif
/* futimesat is a GNU extension: the rename is harmless without
   _GNU_SOURCE. */
#if WASISHIM_REPLACE_FUTIMESAT
int wasishim_futimesat(int, const char *, const struct timeval[2]);
#undef futimesat
#define futimesat wasishim_futimesat
#endif

#ifdef __cplusplus
}
#endif

#endif
