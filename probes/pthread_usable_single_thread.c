/*
 * Detects: the single-thread pthread API that a program like CPython builds
 *   on is all there and works: pthread_exit is declared and defined, and a
 *   key can be created, set, read back and deleted.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_USABLE_SINGLE_THREAD
 * Seen: no <pthread.h> on p1 in SDK 22 and before 20 (Debian 2022); key
 *   deletion hangs on the libc of SDK 25-27 (issue 617); pthread_exit
 *   removed in SDK 26, so CPython 3.11's thread_pthread.h no longer builds
 *   with libc's pthreads on 26 and later.
 * Link: https://github.com/WebAssembly/wasi-libc/issues/617
 * Fallback: 0, without a measurement a port must not count on libc's.
 * Bits: 1 = pthread_key_create failed, 2 = the value did not round-trip,
 *   4 = pthread_key_delete failed
 * Hang: 0, pthread_key_delete never returning is issue 617 itself.
 */
#include <pthread.h>
#include <stdio.h>

/* Referenced, not called: a missing pthread_exit fails the build. */
void (*volatile wasishim_probe_exit)(void *) = pthread_exit;

int main(void) {
  pthread_key_t k;
  int v = 7, r = 0;
  if (pthread_key_create(&k, NULL) != 0)
    return 1;
  if (pthread_setspecific(k, &v) != 0 || pthread_getspecific(k) != &v)
    r |= 2;
  if (pthread_key_delete(k) != 0)
    r |= 4;
  return r;
}
