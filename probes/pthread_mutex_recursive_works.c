/*
 * Detects: a PTHREAD_MUTEX_RECURSIVE mutex can be locked twice by the same
 *   thread and then unlocked twice.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_MUTEX_RECURSIVE_WORKS
 * Seen: the single-thread stubs return EDEADLK on the second lock in SDK
 *   25-32 (operator-precedence bug); fixed in 33 (PR 777).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/777
 * Fallback: 0, code that relies on recursive locking would deadlock or
 *   error out.
 * Bits: 1 = mutexattr setup failed, 2 = init or first lock failed,
 *   4 = second lock failed, 8 = an unlock failed
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

int main(void) {
  pthread_mutexattr_t a;
  pthread_mutex_t m;
  int r;

  if (pthread_mutexattr_init(&a) != 0 ||
      pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE) != 0)
    return 1;
  if (pthread_mutex_init(&m, &a) != 0 || pthread_mutex_lock(&m) != 0)
    return 2;
  r = pthread_mutex_lock(&m);
  if (r != 0) {
    printf("relock=%d\n", r);
    return 4;
  }
  if (pthread_mutex_unlock(&m) != 0 || pthread_mutex_unlock(&m) != 0)
    return 8;
  pthread_mutex_destroy(&m);
  pthread_mutexattr_destroy(&a);
  return 0;
}
