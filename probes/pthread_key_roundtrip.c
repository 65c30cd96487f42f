/*
 * Detects: pthread_key_create, pthread_setspecific and pthread_getspecific
 *   work on the main thread (the value set is the value read back).
 * Kind: run
 * Macro: WASISHIM_PTHREAD_KEY_ROUNDTRIP
 * Seen: no pthread key functions on p1 up to SDK 24; libc's own since 25.
 *   The 25-27 libc keeps key data on an uninitialised thread pointer
 *   (issue 617), fixed in 28 (PR 618).
 * Link: https://github.com/WebAssembly/wasi-libc/issues/617
 * Fallback: 0, CPython then keeps its own thread-specific-storage stubs,
 *   which are always safe on a single thread.
 * Bits: 1 = pthread_key_create failed, 2 = setspecific failed,
 *   4 = getspecific returned another value, 8 = a second key is not
 *   independent of the first
 */
#include <pthread.h>
#include <stdio.h>

int main(void) {
  static int a, b;
  pthread_key_t k1, k2;
  int r, bits = 0;

  /* The key is deliberately never deleted: deleting hangs on the 617
       libc, and pthread_key_delete_returns measures that on its own. */
  r = pthread_key_create(&k1, NULL);
  if (r != 0) {
    printf("create=%d\n", r);
    return 1;
  }
  if (pthread_key_create(&k2, NULL) != 0)
    return 1;
  if (pthread_setspecific(k1, &a) != 0 || pthread_setspecific(k2, &b) != 0)
    bits |= 2;
  if (pthread_getspecific(k1) != &a)
    bits |= 4;
  if (pthread_getspecific(k2) != &b)
    bits |= 8;
  return bits;
}
