/*
 * Detects: ftruncate() past the end extends a file, and the new bytes read
 *   as zeros.
 * Kind: run
 * Macro: WASISHIM_FTRUNCATE_EXTENDS_WORKS
 * Seen: present in all SDKs (WASI fd_filestat_set_size); runtime-dependent.
 * Link: -
 * Fallback: 1, fd_filestat_set_size is a core WASI p1 call every runtime
 *   implements.
 * Bits: 1 = ftruncate failed (errno printed), 2 = size is not 100,
 *   4 = the new bytes are not zero, 8 = could not create the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  char buf[128];
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "ab", 2) != 2)
    return 8;
  if (ftruncate(fd, 100) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (fstat(fd, &st) != 0 || st.st_size != 100)
    r |= 2;
  if (pread(fd, buf, sizeof buf, 0) != 100)
    return r | 4;
  for (int i = 2; i < 100; i++)
    if (buf[i] != 0)
      return r | 4;
  return r;
}
