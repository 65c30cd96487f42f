/* wasishim: fcntl's record-lock and duplication commands with musl's
   numbers, which wasi-sdk 34 also uses, for the libcs that define none of
   them (docs/quirks/fcntl.md). Read by the <fcntl.h> wrapper and by the
   fcntl replacement, which is built against the libc's own header. */
#ifndef WASISHIM_FCNTL_CMDS_H
#define WASISHIM_FCNTL_CMDS_H
#ifndef F_DUPFD
#define F_DUPFD 0
#endif
#ifndef F_GETLK
#define F_GETLK 5
#endif
#ifndef F_SETLK
#define F_SETLK 6
#endif
#ifndef F_SETLKW
#define F_SETLKW 7
#endif
#ifndef F_DUPFD_CLOEXEC
#define F_DUPFD_CLOEXEC 1030
#endif
#ifndef F_RDLCK
#define F_RDLCK 0
#endif
#ifndef F_WRLCK
#define F_WRLCK 1
#endif
#ifndef F_UNLCK
#define F_UNLCK 2
#endif
#endif
