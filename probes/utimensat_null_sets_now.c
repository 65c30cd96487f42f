/*
 * Detects: utimensat(AT_FDCWD, path, NULL, 0) sets both atime and mtime to
 *   the current time.
 * Kind: run
 * Macro: WASISHIM_UTIMENSAT_NULL_SETS_NOW
 * Seen: present in all SDKs; correctness depends on libc and runtime. The
 *   2022 Debian wasi-libc (older than SDK 20) sets both to 0 (1970)
 *   (toolchains.md, "Seen bug"); p2 utimensat fixed in 29.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/658
 *   https://github.com/bytecodealliance/wasmtime/issues/7829
 * Fallback: 0, os.utime(path) (touch) relies on it; assuming it works can
 *   silently stamp files with 1970.
 * Bits: 1 = utimensat failed (errno printed), 2 = atime is not within 5
 *   minutes of time(NULL), 4 = mtime is not, 8 = setup failed (could not
 *   create the file or set an old time first)
 */
#include <fcntl.h>
#include <sys/stat.h>

#include "utime_probe.h"

static int touch(int fd) {
  (void)fd;
  return utimensat(AT_FDCWD, "f", NULL, 0);
}

int main(void) {
  return utime_probe_sets_now(touch, 0);
}
