/* musl's states: 0 never run, 1 running, 2 done. A routine that calls
 * pthread_once on its own control would wait for itself forever with
 * threads; here it gets EDEADLK instead. */
#include "pthread_internal.h"

#include <errno.h>

int pthread_once(pthread_once_t *control, void (*init)(void)) {
  if (*control == 2)
    return 0;
  if (*control == 1)
    return EDEADLK;
  *control = 1;
  init();
  *control = 2;
  return 0;
}
