/*
 * Detects: pthread_create, where it cannot start a thread, returns ENOTSUP
 *   (and runs nothing), the error number wasishim gives on every
 *   single-thread target.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_CREATE_RETURNS_ENOTSUP
 * Seen: p1 stubs return EAGAIN in 25-29, which tells a caller to retry, and
 *   ENOTSUP from 30 (PR 716); no pthread_create on p1 before 25. 0 where a
 *   thread really starts (the threads target).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/716
 *   https://github.com/rust-lang/rust/pull/151016
 * Fallback: 0, then wasishim's own pthread_create gives ENOTSUP.
 * Bits: 1 = a thread was created, 2 = the start routine ran,
 *   4 = another error number
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

static volatile int ran;

static void *start(void *arg) {
  ran = 1;
  return arg;
}

int main(void) {
  pthread_t t;
  int r, bits = 0;

  r = pthread_create(&t, NULL, start, NULL);
  printf("ret=%d\n", r);
  if (r == 0) {
    pthread_join(t, NULL);
    bits |= 1;
  }
  if (ran)
    bits |= 2;
  if (r != 0 && r != ENOTSUP)
    bits |= 4;
  return bits;
}
