/*
 * Detects: fstatvfs() on an open directory succeeds with a non-zero block size.
 * Kind: run
 * Macro: WASISHIM_FSTATVFS_WORKS
 * Seen: missing (no <sys/statvfs.h>) <=21; ENOSYS (errno 52) stub from 22 on.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/463
 *   https://github.com/python/cpython/issues/120371
 * Fallback: 0, the stub links like a real fstatvfs (CPython's config.site
 *   says no).
 * Bits: 1 = fstatvfs failed (errno printed), 2 = f_bsize is 0,
 *   4 = could not open "."
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/statvfs.h>

int main(void) {
  struct statvfs s;
  int fd = open(".", O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return 4;
  if (fstatvfs(fd, &s) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  return s.f_bsize > 0 ? 0 : 2;
}
