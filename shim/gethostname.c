/* gethostname where the SDK lacks it (wasi-libc before SDK 29, probe
 * gethostname_links). WASI has no host name; SDK 29 and later answer with
 * uname's nodename, "(none)", and a buffer too short gets the name cut to
 * len - 1 bytes plus a NUL, with success (no ENAMETOOLONG). This does the
 * same, from the same uname, so that every SDK gives the same bytes. */
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

int gethostname(char *name, size_t len);

int gethostname(char *name, size_t len) {
  struct utsname u;
  if (uname(&u) != 0)
    return -1;
  if (len == 0)
    return 0;
  size_t n = strlen(u.nodename);
  if (n >= len)
    n = len - 1;
  memcpy(name, u.nodename, n);
  name[n] = '\0';
  return 0;
}
