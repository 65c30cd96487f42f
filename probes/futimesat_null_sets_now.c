/*
 * Detects: futimesat(AT_FDCWD, path, NULL) sets both atime and mtime
 *   to the current time.
 * Kind: run
 * Macro: WASISHIM_FUTIMESAT_NULL_SETS_NOW
 * Seen: present in all SDKs. The 2022 Debian wasi-libc (older than SDK 20)
 *   sets both to 0 (1970), like its futimens and utimensat with NULL
 *   (measured); the libcs of SDK 26/27 and about 30 set the current time.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 * Flags: -D_GNU_SOURCE
 * Fallback: 0, assuming it works can silently stamp files with 1970.
 * Bits: 1 = futimesat failed (errno printed), 2 = atime is not within 5
 *   minutes of time(NULL), 4 = mtime is not, 8 = setup failed (could not
 *   create the file or set an old time first)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* 2001: far enough from now that "set to now" and "left alone" differ. */
#define OLD 1000000000

static int near(time_t t, time_t now) {
  return t > now - 300 && t < now + 300;
}

int main(void) {
  struct timespec old[2] = {{OLD, 0}, {OLD, 0}};
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0 || utimensat(AT_FDCWD, "f", old, 0) != 0)
    return 8;
  if (futimesat(AT_FDCWD, "f", NULL) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  time_t now = time(NULL);
  if (stat("f", &st) != 0)
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
