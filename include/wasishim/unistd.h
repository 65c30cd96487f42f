/* wasishim: <unistd.h> the same on every SDK (docs/quirks/dup.md, pipe.md,
   gethostname.md, getentropy.md). Declares what libwasishim provides where
   the libc lacks it: dup, dup2, dup3, pipe and pipe2 (p1 before SDK 34;
   they fail with ENOTSUP as SDK 34's p1 stubs do), gethostname (before SDK
   29) and getentropy; where the libc's stubs skip argument checks, and
   where its linkat loses a path (before wasi-libc PR 690), wasishim's take
   their place. Declared with musl's visibility, so that a program sees the
   same names on every SDK. */
#include_next <unistd.h>

#ifndef WASISHIM_UNISTD_H
#define WASISHIM_UNISTD_H
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

/* musl declares these five without a feature-test macro. */
#if WASISHIM_PROVIDE_DUP
int dup(int);
#endif
#if WASISHIM_PROVIDE_DUP2
int dup2(int, int);
#endif
#if WASISHIM_PROVIDE_DUP3
int dup3(int, int, int);
#endif
#if WASISHIM_PROVIDE_PIPE
int pipe(int[2]);
#endif
#if WASISHIM_PROVIDE_PIPE2
int pipe2(int[2], int);
#endif

/* Where the libc's stubs skip a check, wasishim's take their place. */
#if WASISHIM_REPLACE_DUP
int wasishim_dup(int);
#undef dup
#define dup wasishim_dup
#endif
#if WASISHIM_REPLACE_DUP2
int wasishim_dup2(int, int);
#undef dup2
#define dup2 wasishim_dup2
#endif
#if WASISHIM_REPLACE_DUP3
int wasishim_dup3(int, int, int);
#undef dup3
#define dup3 wasishim_dup3
#endif
#if WASISHIM_REPLACE_PIPE2
int wasishim_pipe2(int[2], int);
#undef pipe2
#define pipe2 wasishim_pipe2
#endif

#if WASISHIM_REPLACE_LINKAT
int wasishim_linkat(int, const char *, int, const char *, int);
#undef linkat
#define linkat wasishim_linkat
#endif

#if WASISHIM_PROVIDE_GETHOSTNAME
int gethostname(char *, size_t);
#endif

#if WASISHIM_PROVIDE_GETENTROPY &&                                             \
    (defined(_GNU_SOURCE) || defined(_BSD_SOURCE))
int getentropy(void *, size_t);
#endif

#if WASISHIM_REPLACE_SYSCONF
long wasishim_sysconf(int);
#undef sysconf
#define sysconf wasishim_sysconf
/* What sysconf then says (docs/quirks/sysconf.md): no thread CPU-time
   clock, though some libcs' headers claim one. */
#undef _POSIX_THREAD_CPUTIME
#define _POSIX_THREAD_CPUTIME (-1)
#endif

#ifdef __cplusplus
}
#endif

#endif
