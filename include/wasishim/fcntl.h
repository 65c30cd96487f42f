/* wasishim: <fcntl.h> the same on every SDK (docs/quirks/fcntl.md). Before
   wasi-sdk 34 the libc declares struct flock but defines none of the
   record-lock and duplication commands: they sit in musl's part that
   wasi-libc leaves out. wasishim defines the missing ones with musl's
   numbers, so that code using them builds. fcntl then fails for the lock
   commands with EBADF or EINVAL, as POSIX says for a file that cannot be
   locked, on every SDK (wasi-sdk 34's says ENOTSUP), and for F_DUPFD with
   ENOTSUP, as dup (WASI p1 has neither locks nor a way to duplicate a
   descriptor). */
#include_next <fcntl.h>

#ifndef WASISHIM_FCNTL_H
#define WASISHIM_FCNTL_H
#include <wasishim/shim.h>

#if WASISHIM_DEFINE_FCNTL_LOCKS
#include <wasishim/fcntl-cmds.h>
#endif

#if WASISHIM_REPLACE_FCNTL
#ifdef __cplusplus
extern "C" {
#endif
int wasishim_fcntl(int, int, ...);
#ifdef __cplusplus
}
#endif
#undef fcntl
#define fcntl wasishim_fcntl
#endif

#endif
