/*
 * Detects: each mutex type behaves as POSIX says on one thread: a
 *   recursive mutex relocks and needs one unlock per lock; an errorcheck
 *   mutex gives EDEADLK on relock and EPERM when unlocked while not held;
 *   trylock on a held normal mutex gives EBUSY.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_MUTEX_TYPES_WORK
 * Seen: single-thread stubs on p1 since 25 (PR 518). In 25-32 the stub
 *   tests (type&3 != RECURSIVE), which reads type&1: recursive mutexes
 *   refuse to relock (EDEADLK) while normal and errorcheck ones relock
 *   silently, and trylock on a held normal mutex returns 0 (measured on the
 *   libcs of 26/27 and 29/30). Fixed in 33 (PR 777; not measured). The
 *   probes pthread_mutex_recursive_works and pthread_mutex_errorcheck_works
 *   show the parts.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/777
 *   https://github.com/WebAssembly/wasi-libc/pull/518
 * Fallback: 0, then wasishim's single-thread mutex functions are used.
 * Bits: 1 = setup failed, 2 = recursive relock failed, 4 = a recursive
 *   mutex locked twice does not take exactly two unlocks (the third must
 *   give EPERM), 8 = errorcheck relock is not EDEADLK, 16 = errorcheck
 *   unlock while free is not EPERM, 32 = trylock on a held normal mutex is
 *   not EBUSY
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

static int make(pthread_mutex_t *m, int type) {
  pthread_mutexattr_t a;
  int r;

  if (pthread_mutexattr_init(&a) != 0)
    return -1;
  r = pthread_mutexattr_settype(&a, type);
  if (r == 0)
    r = pthread_mutex_init(m, &a);
  pthread_mutexattr_destroy(&a);
  return r;
}

int main(void) {
  pthread_mutex_t rec, chk, nrm = PTHREAD_MUTEX_INITIALIZER;
  int r1, r2, r3, bits = 0;

  if (make(&rec, PTHREAD_MUTEX_RECURSIVE) != 0 ||
      make(&chk, PTHREAD_MUTEX_ERRORCHECK) != 0)
    return 1;

  if (pthread_mutex_lock(&rec) != 0)
    return 1;
  r1 = pthread_mutex_lock(&rec);
  if (r1 != 0)
    bits |= 2;
  else if (pthread_mutex_unlock(&rec) != 0 || pthread_mutex_unlock(&rec) != 0 ||
           pthread_mutex_unlock(&rec) != EPERM)
    bits |= 4;

  if (pthread_mutex_lock(&chk) != 0)
    return 1;
  r2 = pthread_mutex_lock(&chk);
  if (r2 != EDEADLK)
    bits |= 8;
  pthread_mutex_unlock(&chk);
  if (pthread_mutex_unlock(&chk) != EPERM)
    bits |= 16;

  if (pthread_mutex_lock(&nrm) != 0)
    return 1;
  r3 = pthread_mutex_trylock(&nrm);
  if (r3 != EBUSY)
    bits |= 32;
  printf("recursive relock=%d errorcheck relock=%d normal trylock=%d\n", r1, r2,
         r3);
  return bits;
}
