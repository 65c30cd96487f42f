/* A semaphore in musl's layout, so that one made by libc's sem_init (SDK
 * 34) and wasishim's mean the same. pshared changes nothing with one
 * process, but is kept as musl keeps it. */
#include "sem_internal.h"

#include <string.h>

static int body(sem_t *s, int shared, unsigned value) {
  if (value > WASISHIM__SEM_MAX)
    return wasishim__sem_fail(EINVAL);
  memset(s, 0, sizeof *s);
  WASISHIM__SEM_COUNT(s) = (int)value;
  WASISHIM__SEM_PRIVATE(s) = shared ? 0 : 128;
  return 0;
}

#if WASISHIM_PROVIDE_SEM_INIT
int sem_init(sem_t *s, int shared, unsigned value) {
  return body(s, shared, value);
}
#endif
#if WASISHIM_REPLACE_SEM_INIT
int wasishim_sem_init(sem_t *s, int shared, unsigned value) {
  return body(s, shared, value);
}
#endif
