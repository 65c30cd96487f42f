/*
 * Detects: utimensat() honours UTIME_OMIT in either entry: the omitted time
 *   keeps its old value and the other one is set to the value given.
 * Kind: run
 * Macro: WASISHIM_UTIMENSAT_UTIME_OMIT_WORKS
 * Seen: present in all SDKs; the 2022 Debian wasi-libc (older than SDK 20)
 *   fails UTIME_OMIT with EINVAL (toolchains.md, "Seen bug"); measured
 *   there: only in the mtime entry, the atime entry works.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 * Fallback: 0, a libc or runtime that rejects UTIME_OMIT makes calls that
 *   touch only one time raise.
 * Bits: 1 = the call omitting atime failed (errno printed), 2 = omitting
 *   atime gave wrong times, 4 = the call omitting mtime failed (errno
 *   printed), 8 = omitting mtime gave wrong times, 16 = setup failed (could
 *   not create the file or set known times)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#define OLD 1000000000
#define NEW 1100000000

/* Sets both times to OLD, then applies ts; 0 ok, 1 call failed, 2 wrong. */
static int try(const struct timespec ts[2], time_t want_a, time_t want_m) {
  struct timespec old[2] = {{OLD, 0}, {OLD, 0}};
  struct stat st;
  if (utimensat(AT_FDCWD, "f", old, 0) != 0)
    return 16;
  if (utimensat(AT_FDCWD, "f", ts, 0) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (stat("f", &st) != 0)
    return 16;
  return st.st_atime == want_a && st.st_mtime == want_m ? 0 : 2;
}

int main(void) {
  struct timespec omit_a[2] = {{0, UTIME_OMIT}, {NEW, 0}};
  struct timespec omit_m[2] = {{NEW, 0}, {0, UTIME_OMIT}};
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0)
    return 16;
  int a = try(omit_a, OLD, NEW);
  int m = try(omit_m, NEW, OLD);
  return (a | m) & 16 ? 16 : a | (m << 2);
}
