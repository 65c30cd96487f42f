/*
 * Detects: realpath("./d/../f", NULL) on an existing file returns a
 *   malloc'ed absolute path that ends in "/f".
 * Kind: run
 * Macro: WASISHIM_REALPATH_WORKS
 * Seen: missing <=21; present from 22.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/473
 * Fallback: 0, os.path.realpath has a pure-Python fallback; a realpath that
 *   returns a relative or wrong path is worse than none.
 * Bits: 1 = realpath returned NULL (errno printed), 2 = result is not
 *   absolute, 4 = result does not end in "/f" (result printed),
 *   8 = could not create the test files
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  int r = 0;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0 || mkdir("d", 0755) != 0)
    return 8;
  char *p = realpath("./d/../f", NULL);
  if (p == NULL) {
    printf("errno=%d\n", errno);
    return 1;
  }
  size_t n = strlen(p);
  if (p[0] != '/')
    r |= 2;
  if (n < 2 || strcmp(p + n - 2, "/f") != 0)
    r |= 4;
  if (r)
    printf("path=%s\n", p);
  free(p);
  return r;
}
