/*
 * Detects: statvfs(".") succeeds and reports a non-zero block size.
 * Kind: run
 * Macro: WASISHIM_STATVFS_WORKS
 * Seen: missing (no <sys/statvfs.h>) <=21; ENOSYS (errno 52) stub from 22 on.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/463
 *   https://github.com/python/cpython/issues/120371
 * Fallback: 0, the stub links like a real statvfs (CPython's config.site
 *   says no; os.statvfs would only raise).
 * Bits: 1 = statvfs failed (errno printed), 2 = f_bsize is 0
 */
#include <errno.h>
#include <stdio.h>
#include <sys/statvfs.h>

int main(void) {
  struct statvfs s;
  if (statvfs(".", &s) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  return s.f_bsize > 0 ? 0 : 2;
}
