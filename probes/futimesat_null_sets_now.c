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
#include <fcntl.h>
#include <sys/time.h>

#include "utime_probe.h"

static int touch(int fd) {
  (void)fd;
  return futimesat(AT_FDCWD, "f", NULL);
}

int main(void) {
  return utime_probe_sets_now(touch, 0);
}
