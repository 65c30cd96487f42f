/*
 * Detects: pthread_join on the calling thread fails with EDEADLK (POSIX's
 *   error for a join that could never end) and leaves the result alone.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_JOIN_SELF_EDEADLK
 * Seen: the p1 stubs (25 opt-in, 26+) return 0 for any thread, the caller's
 *   own included, without writing a result (measured on the libcs of 26/27
 *   and 29/30): a join that fakes success. musl on the threads target does
 *   not check and waits forever (a timeout here).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/602
 * Fallback: 0, joining oneself must not be trusted to return.
 * Bits: 1 = another result than EDEADLK, 2 = the result pointer was written
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

int main(void) {
  static int token;
  void *res = &token;
  int r, bits = 0;

  r = pthread_join(pthread_self(), &res);
  printf("ret=%d\n", r);
  if (r != EDEADLK)
    bits |= 1;
  if (res != &token)
    bits |= 2;
  return bits;
}
