/*
 * Detects: pthread_create starts a thread that really runs, and
 *   pthread_join collects its result.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_CREATE_WORKS
 * Seen: never on p1: the stub (25 opt-in, 26+ always) returns EAGAIN in
 *   25-29 and ENOTSUP from 30 without setting errno (PR 716). Only the
 *   threads target can start threads, and only on a runtime with
 *   wasi-threads.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/602
 *   https://github.com/WebAssembly/wasi-libc/pull/716
 * Fallback: 0, assuming threads that do not exist makes CPython hang or fail
 *   at run time; the detail line tells EAGAIN from ENOTSUP.
 * Bits: 1 = pthread_create returned an error, 2 = pthread_join failed,
 *   4 = the thread did not run or returned the wrong value
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int ran;

static void *start(void *arg) {
  ran = 1;
  return arg;
}

int main(void) {
  static int token;
  pthread_t t;
  void *res = NULL;
  int r;

  r = pthread_create(&t, NULL, start, &token);
  printf("ret=%d %s\n", r,
         r == EAGAIN    ? "EAGAIN"
         : r == ENOTSUP ? "ENOTSUP"
         : r == ENOSYS  ? "ENOSYS"
         : r == 0       ? "ok"
                        : strerror(r));
  if (r != 0)
    return 1;
  if (pthread_join(t, &res) != 0)
    return 2;
  return (ran && res == &token) ? 0 : 4;
}
