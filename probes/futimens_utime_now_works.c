/*
 * Detects: futimens() with tv_nsec = UTIME_NOW in both entries sets atime
 *   and mtime to the current time.
 * Kind: run
 * Macro: WASISHIM_FUTIMENS_UTIME_NOW_WORKS
 * Seen: present in all SDKs; the 2022 Debian wasi-libc (older than SDK 20)
 *   fails UTIME_NOW with EINVAL (toolchains.md, "Seen bug"); measured
 *   there: only in the mtime entry, the atime entry works.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 * Fallback: 0, touch-like code passes UTIME_NOW; a libc or runtime that
 *   rejects it makes such calls raise.
 * Bits: 1 = futimens failed (errno printed), 2 = atime is not within 5
 *   minutes of time(NULL), 4 = mtime is not, 8 = setup failed (could not
 *   create the file or set an old time first)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* 2001: far enough from now that "set to now" and "left alone" differ. */
#define OLD 1000000000

static int near(time_t t, time_t now) {
  return t > now - 300 && t < now + 300;
}

int main(void) {
  struct timespec old[2] = {{OLD, 0}, {OLD, 0}};
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || futimens(fd, old) != 0)
    return 8;
  if (futimens(fd, ts) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  time_t now = time(NULL);
  if (fstat(fd, &st) != 0)
    return 8;
  if (!near(st.st_atime, now))
    r |= 2;
  if (!near(st.st_mtime, now))
    r |= 4;
  if (r)
    printf("atime=%lld mtime=%lld now=%lld\n", (long long)st.st_atime,
           (long long)st.st_mtime, (long long)now);
  return r;
}
