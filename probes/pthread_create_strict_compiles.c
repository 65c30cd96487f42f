/*
 * Detects: a call to pthread_create still compiles when _WASI_STRICT_PTHREAD
 *   is defined (0 = the strict mode turns it back into a compile error, the
 *   only compile-time way to learn that threads are a stub).
 * Kind: compile
 * Macro: WASISHIM_PTHREAD_CREATE_STRICT_COMPILES
 * Seen: the call is a static assert on p1 whenever the stubs are not opted
 *   into (23-25); from 26 only with -D_WASI_STRICT_PTHREAD (PR 602). 1 on
 *   the threads target, where pthread_create is real.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/602
 *   https://github.com/WebAssembly/wasi-libc/issues/607
 * Flags: -D_WASI_STRICT_PTHREAD
 */
#include <pthread.h>
#include <stddef.h>

static void *start(void *arg) {
  return arg;
}

int probe(void);
int probe(void) {
  pthread_t t;
  return pthread_create(&t, NULL, start, NULL);
}
