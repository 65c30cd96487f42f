/*
 * Detects: pipe2(p, 0) gives a pair of descriptors; bytes written to one end
 *   are read back from the other.
 * Kind: run
 * Macro: WASISHIM_PIPE2_WORKS
 * Seen: missing on p1 <=33; SDK 34 defines it on p1 and p2 as a stub failing
 *   with ENOTSUP (real on p3).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/826
 * Flags: -D_GNU_SOURCE
 * Fallback: 0, from 34 on the stub links like a real pipe2 (CPython's
 *   config.site says ac_cv_func_pipe2=no).
 * Bits: 1 = pipe2 failed (errno printed), 2 = the bytes did not come back
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int p[2];
  char buf[8] = {0};
  if (pipe2(p, 0) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (write(p[1], "pip2", 4) != 4 || read(p[0], buf, sizeof buf) != 4 ||
      memcmp(buf, "pip2", 4) != 0)
    return 2;
  return 0;
}
