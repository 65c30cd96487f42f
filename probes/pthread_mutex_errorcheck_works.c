/*
 * Detects: a PTHREAD_MUTEX_ERRORCHECK mutex reports EDEADLK when its owner
 *   locks it again, and EPERM when it is unlocked while not held, as POSIX
 *   requires.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_MUTEX_ERRORCHECK_WORKS
 * Seen: single-thread mutex stubs on p1 since SDK 25 (PR 518). In 25-32 the
 *   stub's type test (m->_m_type&3 != PTHREAD_MUTEX_RECURSIVE) only looks at
 *   bit 0, so an errorcheck mutex behaves as a recursive one: relock
 *   returns 0 (measured on the libcs of 26/27 and 29/30). Fixed together
 *   with the recursive case in 33 (PR 777; inference, not measured).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 *   https://github.com/WebAssembly/wasi-libc/pull/777
 * Fallback: 0, nothing is known about the stub's error checking.
 * Bits: 1 = setup or first lock failed, 2 = relock did not give EDEADLK,
 *   4 = unlock failed, 8 = unlocking an unlocked mutex did not give EPERM
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

int main(void) {
  pthread_mutexattr_t a;
  pthread_mutex_t m;
  int r, u, bits = 0;

  if (pthread_mutexattr_init(&a) != 0 ||
      pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK) != 0 ||
      pthread_mutex_init(&m, &a) != 0 || pthread_mutex_lock(&m) != 0)
    return 1;
  r = pthread_mutex_lock(&m);
  if (r != EDEADLK)
    bits |= 2;
  if (pthread_mutex_unlock(&m) != 0)
    bits |= 4;
  u = pthread_mutex_unlock(&m);
  if (u != EPERM)
    bits |= 8;
  printf("relock=%d unlock2=%d\n", r, u);
  return bits;
}
