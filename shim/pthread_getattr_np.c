/* The main thread's real stack: wasm-ld defines __stack_low and
 * __stack_high around the C stack it lays out. libc of SDK 26-27 reads them
 * from a thread descriptor crt1 never filled (issue 617) and reports no
 * stack. The bottom may be address 0 (wasm-ld 22 puts the stack first by
 * default); the attribute keeps the top, so that is no "no stack". The
 * attribute is filled with the public functions, so that libc's own
 * pthread_attr_getstack reads it back. */
#define _GNU_SOURCE
#include "pthread_internal.h"

#include <errno.h>
#include <stdint.h>

/* Weak: a linker that did not lay out a stack leaves them at 0. */
extern unsigned char __stack_low __attribute__((weak));
extern unsigned char __stack_high __attribute__((weak));

static int body(pthread_t thread, pthread_attr_t *attr) {
  uintptr_t low = (uintptr_t)&__stack_low, high = (uintptr_t)&__stack_high;
  int r;

  if (!pthread_equal(thread, pthread_self()))
    return ESRCH;
  if (high <= low)
    return ENOTSUP;
  r = pthread_attr_init(attr);
  if (r == 0)
    r = pthread_attr_setstack(attr, (void *)low, high - low);
  return r;
}

#if WASISHIM_PROVIDE_PTHREAD_GETATTR_NP
int pthread_getattr_np(pthread_t thread, pthread_attr_t *attr) {
  return body(thread, attr);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_GETATTR_NP
int wasishim_pthread_getattr_np(pthread_t thread, pthread_attr_t *attr) {
  return body(thread, attr);
}
#endif
