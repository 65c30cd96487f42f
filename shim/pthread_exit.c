/* The only thread ends, so the process does: POSIX says it then exits with
 * status 0, as if exit(0) were called once the thread has terminated, which
 * includes running the key destructors. Cleanup handlers pushed with
 * pthread_cleanup_push live in libc's thread descriptor and are not run
 * (docs/quirks/pthread-threads.md). */
#include "pthread_internal.h"

#include <stdlib.h>

__attribute__((__noreturn__)) static void body(void *result) {
  (void)result; /* nobody can join the main thread */
  wasishim__key_run_destructors();
  exit(0);
}

#if WASISHIM_PROVIDE_PTHREAD_EXIT
__attribute__((__noreturn__)) void pthread_exit(void *result) {
  body(result);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_EXIT
__attribute__((__noreturn__)) void wasishim_pthread_exit(void *result) {
  body(result);
}
#endif
