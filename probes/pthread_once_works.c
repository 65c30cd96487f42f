/*
 * Detects: pthread_once runs its routine exactly once.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_ONCE_WORKS
 * Seen: libc stub on p1 since SDK 25 (PR 518); none before.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 * Fallback: 0, without a measurement the libc's pthread_once is not trusted.
 * Bits: 1 = first call failed, 2 = second call failed, 4 = the routine did not
 *   run exactly once
 */
#include <pthread.h>
#include <stdio.h>

static int calls;

static void init(void) {
  calls++;
}

int main(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  int bits = 0;

  if (pthread_once(&once, init) != 0)
    bits |= 1;
  if (pthread_once(&once, init) != 0)
    bits |= 2;
  if (calls != 1)
    bits |= 4;
  if (bits)
    printf("calls=%d\n", calls);
  return bits;
}
