/*
 * Detects: where threads cannot start, pthread_create says so by returning
 *   an error number, without running the start routine, without writing
 *   errno and without trapping (so a caller can fall back to one thread).
 *   A pthread_create that really works is also 0 here.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_CREATE_FAILS_CLEANLY
 * Seen: p1 stubs: 25 (opt-in) and 26+; EAGAIN in 25-29, ENOTSUP from 30,
 *   errno untouched (PR 716).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/716
 *   https://github.com/rust-lang/rust/pull/151016
 * Fallback: 0, unknown failure behaviour must not be relied on.
 * Bits: 1 = returned 0 (a thread was created), 2 = the start routine ran,
 *   4 = the return value is not a positive error number, 8 = errno changed
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
  int r, e, bits = 0;

  errno = 0;
  r = pthread_create(&t, NULL, start, NULL);
  e = errno;
  printf("ret=%d errno=%d\n", r, e);
  if (r == 0) {
    pthread_join(t, NULL);
    bits |= 1;
  }
  if (ran)
    bits |= 2;
  if (r < 0)
    bits |= 4;
  if (e != 0)
    bits |= 8;
  return bits;
}
