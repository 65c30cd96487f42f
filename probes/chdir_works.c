/*
 * Detects: chdir() into a subdirectory works: relative opens then resolve
 *   there, getcwd() ends in that name, and chdir("..") goes back.
 * Kind: run
 * Macro: WASISHIM_CHDIR_WORKS
 * Seen: present in all SDKs, emulated by libc on top of the preopens.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/214
 * Fallback: 1, the emulation lives in libc, not in the runtime.
 * Bits: 1 = chdir failed (errno printed), 2 = a relative open after chdir
 *   failed, 4 = getcwd does not end in "/d" (cwd printed), 8 = chdir("..")
 *   did not lead back, 16 = setup failed
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  char cwd[PATH_MAX];
  int r = 0;
  if (mkdir("d", 0755) != 0)
    return 16;
  int fd = open("d/x", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0)
    return 16;
  if (chdir("d") != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  fd = open("x", O_RDONLY);
  if (fd < 0 || close(fd) != 0)
    r |= 2;
  size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
  if (n < 2 || strcmp(cwd + n - 2, "/d") != 0) {
    printf("cwd=%s\n", n ? cwd : "?");
    r |= 4;
  }
  if (chdir("..") != 0 || access("d/x", F_OK) != 0)
    r |= 8;
  return r;
}
