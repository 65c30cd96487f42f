/*
 * Detects: fcntl(fd, F_SETLK, &lock) on a file either locks it (0) or
 *   fails with -1 and EINVAL, as the libcs that cannot lock answer every
 *   command they do not know.
 * Kind: run
 * Macro: WASISHIM_FCNTL_SETLK_FAILS_CLEANLY
 * Seen: every libc tested fails with EINVAL (the 2022 one, those of wasi-sdk
 *   25, 26/27, about 30 and 33; 34's fcntl handles F_GETFD, F_SETFD,
 *   F_GETFL and F_SETFL only, by its source). WASI p1 has no locks.
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/cloudlibc/src/libc/fcntl/fcntl.c
 * Fallback: 0, nothing is decided by it; the report shows what a lock gets.
 * Bits: 1 = another answer (result and errno printed), 8 = could not open
 *   the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

/* musl's numbers, which SDK 34 also uses, where the libc has none. */
#ifndef F_SETLK
#define F_SETLK 6
#endif
#ifndef F_WRLCK
#define F_WRLCK 1
#endif

int main(void) {
  struct flock lock;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 8;
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  errno = 0;
  int r = fcntl(fd, F_SETLK, &lock);
  if (r == 0 || (r == -1 && errno == EINVAL))
    return 0;
  printf("r=%d errno=%d\n", r, errno);
  return 1;
}
