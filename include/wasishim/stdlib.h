/* wasishim: <stdlib.h> the same on every SDK (docs/quirks/realpath.md).
   realpath is declared where the libc lacks it (before SDK 22), with musl's
   visibility, and renamed to wasishim's where the libc's does not resolve
   ".." as POSIX says. */
#include_next <stdlib.h>

#ifndef WASISHIM_STDLIB_H
#define WASISHIM_STDLIB_H
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_PROVIDE_REALPATH &&                                               \
    (defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE))
char *realpath(const char *__restrict, char *__restrict);
#endif

/* Renamed whatever the feature-test macros: a program that declares
   realpath itself gets wasishim's too. */
#if WASISHIM_REPLACE_REALPATH
char *wasishim_realpath(const char *__restrict, char *__restrict);
#undef realpath
#define realpath wasishim_realpath
#endif

#ifdef __cplusplus
}
#endif

#endif
