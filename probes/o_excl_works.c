/*
 * Detects: open(O_CREAT|O_EXCL) on an existing file fails with EEXIST.
 * Kind: run
 * Macro: WASISHIM_O_EXCL_WORKS
 * Seen: present in all SDKs (WASI oflags excl); runtime-dependent.
 * Link: -
 * Fallback: 1, the excl oflag is core WASI p1; tempfile and lock files
 *   depend on it.
 * Bits: 1 = the second open succeeded, 2 = it failed with another errno
 *   (printed), 4 = could not create the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int fd = open("f", O_CREAT | O_EXCL | O_WRONLY, 0644);
  if (fd < 0 || close(fd) != 0)
    return 4;
  fd = open("f", O_CREAT | O_EXCL | O_WRONLY, 0644);
  if (fd >= 0)
    return 1;
  if (errno != EEXIST) {
    printf("errno=%d\n", errno);
    return 2;
  }
  return 0;
}
