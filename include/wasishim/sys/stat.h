/* wasishim: <sys/stat.h> the same on every SDK (docs/quirks/chmod.md,
   times.md). chmod, fchmod and fchmodat are declared where the libc
   lacks them (before SDK 22), as libwasishim then provides them, and
   renamed to wasishim's where the libc's stubs skip argument checks; futimens
   and utimensat are renamed to wasishim's where the libc mishandles NULL,
   UTIME_NOW or UTIME_OMIT. */
#include_next <sys/stat.h>

#ifndef WASISHIM_SYS_STAT_H
#define WASISHIM_SYS_STAT_H
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_PROVIDE_CHMOD
int chmod(const char *, mode_t);
#endif
#if WASISHIM_PROVIDE_FCHMOD
int fchmod(int, mode_t);
#endif
#if WASISHIM_PROVIDE_FCHMODAT
int fchmodat(int, const char *, mode_t, int);
#endif

/* From SDK 22 the libc's stubs look at no argument: wasishim's check them
   first. */
#if WASISHIM_REPLACE_CHMOD
int wasishim_chmod(const char *, mode_t);
#undef chmod
#define chmod wasishim_chmod
#endif
#if WASISHIM_REPLACE_FCHMOD
int wasishim_fchmod(int, mode_t);
#undef fchmod
#define fchmod wasishim_fchmod
#endif
#if WASISHIM_REPLACE_FCHMODAT
int wasishim_fchmodat(int, const char *, mode_t, int);
#undef fchmodat
#define fchmodat wasishim_fchmodat
#endif

#if WASISHIM_REPLACE_FUTIMENS
int wasishim_futimens(int, const struct timespec[2]);
#undef futimens
#define futimens wasishim_futimens
#endif
#if WASISHIM_REPLACE_UTIMENSAT
int wasishim_utimensat(int, const char *, const struct timespec[2], int);
#undef utimensat
#define utimensat wasishim_utimensat
#endif

#ifdef __cplusplus
}
#endif

#endif
