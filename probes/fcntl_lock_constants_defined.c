/*
 * Detects: <fcntl.h> defines the record-lock and duplication commands and
 *   lock types (F_DUPFD, F_DUPFD_CLOEXEC, F_GETLK, F_SETLK, F_SETLKW,
 *   F_RDLCK, F_WRLCK, F_UNLCK) and declares struct flock.
 * Kind: compile
 * Macro: WASISHIM_FCNTL_LOCK_CONSTANTS_DEFINED
 * Seen: struct flock is declared by every libc tested, the constants by
 *   none before wasi-sdk 34 (musl's definitions sit in wasi-libc's
 *   __wasilibc_unmodified_upstream block); 34 defines them (reported by a
 *   porter).
 * Link: https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/fcntl.h.html
 * Fallback: 0, wasishim's <fcntl.h> then defines the missing ones.
 */
#include <fcntl.h>

#if !defined(F_DUPFD) || !defined(F_DUPFD_CLOEXEC) || !defined(F_GETLK) ||     \
    !defined(F_SETLK) || !defined(F_SETLKW) || !defined(F_RDLCK) ||            \
    !defined(F_WRLCK) || !defined(F_UNLCK)
#error "a record-lock or duplication constant is missing"
#endif

struct flock wasishim_probe_lock;
