/*
 * Detects: getcwd() into a caller buffer succeeds and returns an absolute
 *   path.
 * Kind: run
 * Macro: WASISHIM_GETCWD_WORKS
 * Seen: present in all SDKs, emulated by libc on top of the preopens (the
 *   starting directory is libc's own, "/" by default).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/214
 * Fallback: 1, the emulation lives in libc and does not depend on the
 *   runtime.
 * Bits: 1 = getcwd failed (errno printed), 2 = result is not absolute
 *   (result printed)
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  char buf[PATH_MAX];
  if (getcwd(buf, sizeof buf) == NULL) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (buf[0] != '/') {
    printf("cwd=%s\n", buf);
    return 2;
  }
  return 0;
}
