/*
 * Detects: uname() succeeds and gives a non-empty sysname and machine.
 * Kind: run
 * Macro: WASISHIM_UNAME_WORKS
 * Seen: present in all SDKs (libc fills in fixed strings; WASI has no such
 *   call).
 * Link: -
 * Fallback: 1, the strings come from libc, not from the runtime.
 * Bits: 1 = uname failed (errno printed), 2 = empty sysname, 4 = empty
 *   machine
 */
#include <errno.h>
#include <stdio.h>
#include <sys/utsname.h>

int main(void) {
  struct utsname u;
  int r = 0;
  if (uname(&u) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (u.sysname[0] == '\0')
    r |= 2;
  if (u.machine[0] == '\0')
    r |= 4;
  printf("sysname=%s machine=%s\n", u.sysname, u.machine);
  return r;
}
