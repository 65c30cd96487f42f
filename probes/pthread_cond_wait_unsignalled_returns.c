/*
 * Detects: pthread_cond_wait, in a program that cannot start threads and
 *   so can never be signalled, returns an error number instead of trapping
 *   or waiting forever.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_COND_WAIT_UNSIGNALLED_RETURNS
 * Seen: the single-thread stub on p1 (25+, PR 518) executes
 *   __builtin_trap(), which ends the whole program (measured on the libcs
 *   of 26/27 and 29/30). On the threads target the wait is real and, with
 *   nobody to signal, never ends (a timeout here).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 * Fallback: 0, a wait that may trap must not be relied on.
 * Bits: 1 = setup failed, 2 = returned 0 although nothing signalled
 */
#include <pthread.h>
#include <stdio.h>

int main(void) {
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  int r;

  if (pthread_mutex_lock(&m) != 0)
    return 1;
  r = pthread_cond_wait(&c, &m);
  printf("ret=%d\n", r);
  return r == 0 ? 2 : 0;
}
