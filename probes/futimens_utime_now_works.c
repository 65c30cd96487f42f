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
#include <fcntl.h>
#include <sys/stat.h>

#include "utime_probe.h"

static int touch(int fd) {
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  return futimens(fd, ts);
}

int main(void) {
  return utime_probe_sets_now(touch, 1);
}
