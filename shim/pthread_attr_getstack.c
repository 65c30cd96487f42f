/* musl keeps the top of the stack; 0 there means no stack was set (EINVAL,
 * as musl). The bottom may well be address 0: wasm-ld's --stack-first puts
 * the stack at the start of memory. */
#include "pthread_internal.h"

#include <errno.h>
#include <stdint.h>

int pthread_attr_getstack(const pthread_attr_t *restrict attr,
                          void **restrict addr, size_t *restrict size) {
  if (!WASISHIM__A_STACKADDR(attr))
    return EINVAL;
  *size = WASISHIM__A_STACKSIZE(attr);
  *addr = (void *)(uintptr_t)(WASISHIM__A_STACKADDR(attr) - *size);
  return 0;
}
