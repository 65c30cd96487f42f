/*
 * Detects: utime(path, NULL) sets both atime and mtime to the current
 *   time.
 * Kind: run
 * Macro: WASISHIM_UTIME_NULL_SETS_NOW
 * Seen: present in all SDKs. The 2022 Debian wasi-libc (older than SDK 20)
 *   sets both to 0 (1970), like its futimens and utimensat with NULL
 *   (measured); the libcs of SDK 26/27 and about 30 set the current time.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 * Fallback: 0, touch-like C code calls utime(path, NULL); assuming it
 *   works can silently stamp files with 1970.
 * Bits: 1 = utime failed (errno printed), 2 = atime is not within 5
 *   minutes of time(NULL), 4 = mtime is not, 8 = setup failed (could not
 *   create the file or set an old time first)
 */
#include <fcntl.h>
#include <utime.h>

#include "utime_probe.h"

static int touch(int fd) {
  (void)fd;
  return utime("f", NULL);
}

int main(void) {
  return utime_probe_sets_now(touch, 0);
}
