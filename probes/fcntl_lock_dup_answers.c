/*
 * Detects: fcntl's commands that WASI p1 cannot carry out answer one
 *   errno per question: the record locks (F_GETLK, F_SETLK, F_SETLKW) -1
 *   with EINVAL on an open descriptor (POSIX: "fildes refers to a file
 *   that does not support locking"), the duplications (F_DUPFD,
 *   F_DUPFD_CLOEXEC) ENOTSUP as dup gives, and each EBADF on a descriptor
 *   that is not open.
 * Kind: run
 * Macro: WASISHIM_FCNTL_LOCK_DUP_ANSWERS
 * Seen: every libc before wasi-sdk 34 answers EINVAL for both, as for any
 *   command it does not know (the 2022 one, 25, 26/27, 29/30, 33:
 *   measured); wasi-sdk 34 defines the commands and answers ENOTSUP (PR
 *   835, PR 841; wasi-sdk-quirks.md row 32).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/835
 * Fallback: 0, the answers are not known.
 * Bits: 1 = a lock on an open file did not give EINVAL, 2 = a closed
 *   descriptor did not give EBADF, 4 = a duplication did not give ENOTSUP,
 *   8 = could not open the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

/* musl's numbers, which SDK 34 also uses, where the libc has none. The
   same as include/wasishim/wasishim/fcntl-cmds.h, written again on purpose:
   a probe reads the SDK alone, never a header of wasishim's. */
#ifndef F_GETLK
#define F_GETLK 5
#endif
#ifndef F_SETLK
#define F_SETLK 6
#endif
#ifndef F_SETLKW
#define F_SETLKW 7
#endif
#ifndef F_WRLCK
#define F_WRLCK 1
#endif
#ifndef F_DUPFD
#define F_DUPFD 0
#endif
#ifndef F_DUPFD_CLOEXEC
#define F_DUPFD_CLOEXEC 1030
#endif

int main(void) {
  static const int cmds[] = {F_GETLK, F_SETLK, F_SETLKW};
  struct flock lock;
  int bits = 0, fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);

  if (fd < 0)
    return 8;
  for (int i = 0; i < 3; i++) {
    int r;
    memset(&lock, 0, sizeof lock);
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    errno = 0;
    r = fcntl(fd, cmds[i], &lock);
    if (r != -1 || errno != EINVAL) {
      printf("cmd %d: r=%d errno=%d\n", cmds[i], r, errno);
      bits |= 1;
    }
    errno = 0;
    r = fcntl(1000, cmds[i], &lock);
    if (r != -1 || errno != EBADF) {
      printf("cmd %d, fd 1000: r=%d errno=%d\n", cmds[i], r, errno);
      bits |= 2;
    }
  }
  static const int dups[] = {F_DUPFD, F_DUPFD_CLOEXEC};
  for (int i = 0; i < 2; i++) {
    int r;
    errno = 0;
    r = fcntl(fd, dups[i], 10);
    if (r != -1 || errno != ENOTSUP) {
      printf("cmd %d: r=%d errno=%d\n", dups[i], r, errno);
      bits |= 4;
    }
    errno = 0;
    r = fcntl(1000, dups[i], 10);
    if (r != -1 || errno != EBADF) {
      printf("cmd %d, fd 1000: r=%d errno=%d\n", dups[i], r, errno);
      bits |= 2;
    }
  }
  return bits;
}
