/*
 * Detects: barriers on one thread: a barrier of count 0 is refused
 *   (EINVAL), one of count 1 lets its only waiter through as the serial
 *   thread, and one of count 2, which nobody else can ever reach, gives
 *   EDEADLK (wasishim's answer: POSIX lists no error for a wait that
 *   cannot end, and allows an implementation to add one) instead of
 *   waiting forever.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_BARRIER_SELF_WORKS
 * Seen: the wait on a count-2 barrier traps (unreachable) on every libc
 *   with pthreads tested (25, 26/27, 29/30, 33), and on wasi-sdk 34 by its
 *   source (musl's barrier on the trapping futex, PR 851, 297b285d). Does
 *   not build on the 2022 libc (no pthreads).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, a wait that may trap must not be trusted.
 * Hang: 0, a barrier waits for threads that do not exist.
 * Bits: 1 = setup failed, 2 = count 0 accepted, 4 = count 1 did not give
 *   PTHREAD_BARRIER_SERIAL_THREAD, 8 = count 2 did not give EDEADLK
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

int main(void) {
  pthread_barrier_t b;
  int bits = 0, r;

  if (pthread_barrier_init(&b, NULL, 0) != EINVAL)
    bits |= 2;
  if (pthread_barrier_init(&b, NULL, 1) != 0)
    return 1;
  r = pthread_barrier_wait(&b);
  if (r != PTHREAD_BARRIER_SERIAL_THREAD)
    bits |= 4;
  if (pthread_barrier_destroy(&b) != 0 || pthread_barrier_init(&b, NULL, 2))
    return bits | 1;
  fflush(stdout);
  r = pthread_barrier_wait(&b);
  printf("count 2: %d\n", r);
  if (r != EDEADLK)
    bits |= 8;
  return bits;
}
