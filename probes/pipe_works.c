/*
 * Detects: pipe() gives a pair of descriptors; bytes written to one end are
 *   read back from the other.
 * Kind: run
 * Macro: WASISHIM_PIPE_WORKS
 * Seen: missing on p1 <=33 (CPython's config.site comment dates from SDK 15);
 *   SDK 34 defines it on p1 and p2 as a stub failing with ENOTSUP (real on p3).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/826
 * Fallback: 0, from 34 on the stub links like a real pipe (CPython's
 *   config.site says ac_cv_func_pipe=no).
 * Bits: 1 = pipe failed (errno printed), 2 = the bytes did not come back
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int p[2];
  char buf[8] = {0};
  if (pipe(p) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (write(p[1], "pipe", 4) != 4 || read(p[0], buf, sizeof buf) != 4 ||
      memcmp(buf, "pipe", 4) != 0)
    return 2;
  return 0;
}
