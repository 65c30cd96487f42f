/*
 * Detects: utimensat() with explicit times sets atime and mtime to exactly
 *   those seconds (the base the *_sets_now and *_omit probes build on).
 * Kind: run
 * Macro: WASISHIM_UTIMENSAT_EXPLICIT_WORKS
 * Seen: present in all SDKs; p2 utimensat fixed in 29.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 * Fallback: 0, os.utime(path, times) and shutil.copystat rely on it.
 * Bits: 1 = utimensat failed (errno printed), 2 = atime differs,
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
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0)
    return 8;
  if (utimensat(AT_FDCWD, "f", ts, 0) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (stat("f", &st) != 0)
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
