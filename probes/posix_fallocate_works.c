/*
 * Detects: posix_fallocate(fd, 0, 4096) on an empty file returns 0 and the
 *   file is then at least 4096 bytes long.
 * Kind: run
 * Macro: WASISHIM_POSIX_FALLOCATE_WORKS
 * Seen: present in all SDKs (WASI fd_allocate); runtime-dependent: some
 *   runtimes no longer implement fd_allocate (not in the catalogue).
 * Link: -
 * Fallback: 0, os.posix_fallocate then raises; callers must cope anyway.
 * Bits: 1 = posix_fallocate failed (its error number printed as errno=),
 *   2 = the file is shorter than 4096 bytes, 4 = could not create the file
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat st;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 4;
  int e = posix_fallocate(fd, 0, 4096);
  if (e != 0) {
    printf("errno=%d\n", e);
    return 1;
  }
  if (fstat(fd, &st) != 0 || st.st_size < 4096)
    return 2;
  return 0;
}
