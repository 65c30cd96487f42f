/*
 * Detects: realpath() resolves ".." as POSIX says: "file/.." fails with
 *   ENOTDIR, and after chdir("d") and chdir(".."), realpath(".") names the
 *   start folder with no "." or ".." component in it.
 * Kind: run
 * Macro: WASISHIM_REALPATH_DOTDOT_WORKS
 * Seen: missing <=21; from 22 (musl's realpath) both fail: "f/.." gives
 *   the folder, and realpath(".") after chdir("..") returns "/d/..",
 *   because musl takes getcwd's text as canonical and wasi-libc keeps the
 *   text chdir was given (measured on the libcs of SDK 26/27 and about 30).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/473
 * Fallback: 0, a realpath that returns ".." components defeats its only
 *   purpose (comparing and shortening paths).
 * Bits: 1 = realpath("f/..") did not fail with ENOTDIR (result or errno
 *   printed), 2 = realpath(".") after chdir("d"), chdir("..") failed or
 *   holds a "." or ".." component (result printed), 4 = setup failed
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* 1 if p has a "." or ".." component. */
static int has_dots(const char *p) {
  for (const char *c = p; *c; c++) {
    if (c[0] == '.' && (c == p || c[-1] == '/')) {
      size_t n = c[1] == '.' ? 2 : 1;
      if (c[n] == '/' || c[n] == '\0')
        return 1;
    }
  }
  return 0;
}

int main(void) {
  int r = 0;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0 || mkdir("d", 0755) != 0)
    return 4;
  errno = 0;
  char *p = realpath("f/..", NULL);
  if (p != NULL || errno != ENOTDIR) {
    printf("f/..: %s errno=%d\n", p ? p : "NULL", p ? 0 : errno);
    r |= 1;
  }
  free(p);
  if (chdir("d") != 0 || chdir("..") != 0)
    return 4;
  p = realpath(".", NULL);
  if (p == NULL || has_dots(p)) {
    if (!r)
      printf(".: %s errno=%d\n", p ? p : "NULL", p ? 0 : errno);
    r |= 2;
  }
  free(p);
  return r;
}
