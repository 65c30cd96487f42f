/*
 * Detects: fchmod() on an open file really changes its permission bits.
 * Kind: run
 * Macro: WASISHIM_FCHMOD_WORKS
 * Seen: missing <=21; ENOSYS (errno 52) stub from 22 on.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/463
 *   https://github.com/python/cpython/issues/120371
 * Fallback: 0, the stub links like a real fchmod (CPython's config.site
 *   says no).
 * Bits: 1 = fchmod failed (errno printed), 2 = fstat does not show mode 0400,
 *   4 = could not create or stat the test file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat st;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0)
    return 4;
  if (fchmod(fd, 0400) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (fstat(fd, &st) != 0)
    return 4;
  if ((st.st_mode & 0777) != 0400) {
    printf("mode=%o\n", (unsigned)(st.st_mode & 0777));
    return 2;
  }
  return 0;
}
