/*
 * Detects: gethostname() returns 0 and a non-empty, NUL-terminated name.
 * Kind: run
 * Macro: WASISHIM_GETHOSTNAME_WORKS
 * Seen: missing on p1 <=28; present from 29 (WASI has no host name, so the
 *   name is libc's own).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/664
 * Fallback: 0, socket.gethostname() and platform.node() only need it when
 *   it is really there.
 * Bits: 1 = gethostname failed (errno printed), 2 = no NUL in the buffer,
 *   4 = empty name
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char name[256];
  memset(name, 'x', sizeof name);
  if (gethostname(name, sizeof name) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (memchr(name, '\0', sizeof name) == NULL)
    return 2;
  if (name[0] == '\0')
    return 4;
  printf("name=%s\n", name);
  return 0;
}
