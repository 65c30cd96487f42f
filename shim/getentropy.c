/* getentropy where the SDK lacks it (probe getentropy_links; every wasi-libc
 * we know has it, so this is selected nowhere yet). Like wasi-libc's: WASI's
 * random_get, at most 256 bytes a call (EIO beyond, as on the BSDs and
 * glibc), and random_get's own error number when it fails. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <wasi/api.h>

int getentropy(void *buffer, size_t len);

int getentropy(void *buffer, size_t len) {
  if (len > 256) {
    errno = EIO;
    return -1;
  }
  __wasi_errno_t e = __wasi_random_get((uint8_t *)buffer, len);
  if (e != 0) {
    errno = e;
    return -1;
  }
  return 0;
}
