/* A single-thread target cannot start a thread. ENOTSUP says so for good,
 * as wasi-libc's stub does from SDK 30; the EAGAIN of SDK 25-29 would tell
 * a caller to try again later. */
#include "pthread_internal.h"

#include <errno.h>

static int body(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
                void *(*start)(void *), void *restrict arg) {
  (void)thread;
  (void)attr;
  (void)start;
  (void)arg;
  return ENOTSUP;
}

#if WASISHIM_PROVIDE_PTHREAD_CREATE
int pthread_create(pthread_t *restrict thread,
                   const pthread_attr_t *restrict attr, void *(*start)(void *),
                   void *restrict arg) {
  return body(thread, attr, start, arg);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_CREATE
int wasishim_pthread_create(pthread_t *restrict thread,
                            const pthread_attr_t *restrict attr,
                            void *(*start)(void *), void *restrict arg) {
  return body(thread, attr, start, arg);
}
#endif
