/*
 * Detects: posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) on a regular file
 *   returns 0.
 * Kind: run
 * Macro: WASISHIM_POSIX_FADVISE_WORKS
 * Seen: present in all SDKs (WASI fd_advise) and used by CPython.
 * Link: -
 * Fallback: 1, it is advice only; CPython already uses it on WASI and a
 *   failure only raises from os.posix_fadvise.
 * Bits: 1 = posix_fadvise failed (its error number printed as errno=),
 *   2 = could not create the file
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "adv", 3) != 3)
    return 2;
  int e = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  if (e != 0) {
    printf("errno=%d\n", e);
    return 1;
  }
  return 0;
}
