/* The main thread's real stack: wasm-ld defines __stack_low and
 * __stack_high around the C stack it lays out. libc of SDK 26-27 reads them
 * from a thread descriptor crt1 never filled (issue 617) and reports no
 * stack. The bottom may be address 0 (wasm-ld 22 puts the stack first by
 * default); the attribute keeps the top, so that is no "no stack". The
 * attribute is made by pthread_attr_init, so that it holds libc's own
 * defaults and libc's pthread_attr_get* read it back; the stack is then
 * set as pthread_attr_setstack sets it, inline (a call of libc's costs as
 * much as the rest): musl's check and fields where setstack is libc's
 * (every wasi-libc's is musl's), wasishim's where wasishim provides it. */
#define _GNU_SOURCE
#include "pthread_internal.h"

#include <errno.h>
#include <stdint.h>

/* Weak: a linker that did not lay out a stack leaves them at 0. */
extern unsigned char __stack_low __attribute__((weak));
extern unsigned char __stack_high __attribute__((weak));

/* pthread_attr_setstack(attr, (void *)low, size). */
static int set_stack(pthread_attr_t *attr, uintptr_t low, size_t size) {
#if WASISHIM_PROVIDE_PTHREAD_ATTR_SETSTACK
  /* shim/pthread_attr_setstack.c */
  if (size < PTHREAD_STACK_MIN || low + size < low)
    return EINVAL;
#else
  /* musl's src/thread/pthread_attr_setstack.c */
  if (size - PTHREAD_STACK_MIN > SIZE_MAX / 4)
    return EINVAL;
#endif
  WASISHIM__A_STACKADDR(attr) = low + size;
  WASISHIM__A_STACKSIZE(attr) = size;
  return 0;
}

static int body(pthread_t thread, pthread_attr_t *attr) {
  uintptr_t low = (uintptr_t)&__stack_low, high = (uintptr_t)&__stack_high;
  int r;

  if (!pthread_equal(thread, pthread_self()))
    return ESRCH;
  if (high <= low)
    return ENOTSUP;
  r = pthread_attr_init(attr);
  if (r == 0)
    r = set_stack(attr, low, high - low);
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
