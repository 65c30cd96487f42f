/*
 * Detects: with <pthread.h> and no extra flags, a call to pthread_create
 *   compiles (it is declared as a function, not turned into an error).
 * Kind: compile
 * Macro: WASISHIM_PTHREAD_CREATE_DECLARED_DEFAULT
 * Seen: no <pthread.h> on p1 in SDK 22; in 23-24 the call is a compile-time
 *   static assert; 25 needs -D_WASI_EMULATED_PTHREAD; declared by default
 *   from 26 (PR 602), although it can never start a thread on p1.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/602
 *   https://github.com/WebAssembly/wasi-libc/issues/607
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
