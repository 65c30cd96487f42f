/*
 * Detects: a write on a descriptor opened with O_APPEND goes to the end of
 *   the file even after an lseek to the start.
 * Kind: run
 * Macro: WASISHIM_O_APPEND_WORKS
 * Seen: present in all SDKs (WASI fdflags append); runtime-dependent.
 * Link: -
 * Fallback: 1, the append fdflag is core WASI p1 and logging depends on it.
 * Bits: 1 = open with O_APPEND failed (errno printed), 2 = the data did not
 *   end up at the end, 4 = could not create the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char buf[8] = {0};
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "abc", 3) != 3 || close(fd) != 0)
    return 4;
  fd = open("f", O_WRONLY | O_APPEND);
  if (fd < 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (lseek(fd, 0, SEEK_SET) < 0 || write(fd, "X", 1) != 1 || close(fd) != 0)
    return 2;
  fd = open("f", O_RDONLY);
  if (fd < 0 || read(fd, buf, sizeof buf) != 4 || memcmp(buf, "abcX", 4) != 0)
    return 2;
  return 0;
}
