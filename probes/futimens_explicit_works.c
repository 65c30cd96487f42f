/*
 * Detects: futimens() with explicit times sets atime and mtime to exactly
 *   those seconds.
 * Kind: run
 * Macro: WASISHIM_FUTIMENS_EXPLICIT_WORKS
 * Seen: present in all SDKs; correctness depends on the runtime.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 * Fallback: 0, os.utime(fd, times) relies on it.
 * Bits: 1 = futimens failed (errno printed), 2 = atime differs,
 *   4 = mtime differs, 8 = could not create or stat the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* Different on purpose, to catch a swap of the two entries. */
#define AT 1000000000
#define MT 1100000000

int main(void) {
  struct timespec ts[2] = {{AT, 0}, {MT, 0}};
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 8;
  if (futimens(fd, ts) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (fstat(fd, &st) != 0)
    return 8;
  if (st.st_atime != AT)
    r |= 2;
  if (st.st_mtime != MT)
    r |= 4;
  if (r)
    printf("atime=%lld mtime=%lld\n", (long long)st.st_atime,
           (long long)st.st_mtime);
  return r;
}
