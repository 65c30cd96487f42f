/*
 * The body shared by the probes of "set to the current time" (times NULL,
 * or UTIME_NOW): each differs only in the call that should stamp file "f"
 * with the current time.
 *
 * Bits: 1 = the call failed (errno printed), 2 = atime is not within 5
 *   minutes of time(NULL), 4 = mtime is not, 8 = setup failed (could not
 *   create the file or set an old time first)
 */
#ifndef WASISHIM_PROBE_UTIME_H
#define WASISHIM_PROBE_UTIME_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* 2001: far enough from now that "set to now" and "left alone" differ. */
#define UTIME_PROBE_OLD 1000000000

static int utime_probe_near(time_t t, time_t now) {
  return t > now - 300 && t < now + 300;
}

/*
 * by_fd: the call works on the open descriptor, so the old time is set and
 * read back through it too; otherwise the file is closed first, as a
 * touch-like program would leave it, and everything goes by path.
 */
static int utime_probe_sets_now(int (*touch)(int fd), int by_fd) {
  struct timespec old[2] = {{UTIME_PROBE_OLD, 0}, {UTIME_PROBE_OLD, 0}};
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | (by_fd ? O_RDWR : O_WRONLY) | O_TRUNC, 0644);
  if (fd < 0)
    return 8;
  if (by_fd ? futimens(fd, old) != 0
            : close(fd) != 0 || utimensat(AT_FDCWD, "f", old, 0) != 0)
    return 8;
  if (touch(by_fd ? fd : -1) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  time_t now = time(NULL);
  if ((by_fd ? fstat(fd, &st) : stat("f", &st)) != 0)
    return 8;
  if (!utime_probe_near(st.st_atime, now))
    r |= 2;
  if (!utime_probe_near(st.st_mtime, now))
    r |= 4;
  if (r)
    printf("atime=%lld mtime=%lld now=%lld\n", (long long)st.st_atime,
           (long long)st.st_mtime, (long long)now);
  return r;
}

#endif
