/*
 * Detects: pthread_key_delete returns (with 0) for a key created on the
 *   main thread.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_KEY_DELETE_RETURNS
 * Seen: hangs on the libc of SDK 25, 26 and 27 (measured; CPython's
 *   test_pythread_tss_key_state hit it on 26-27); returns from 28 (PR 618).
 *   No pthread_key_delete on p1 before 25.
 * Link: https://github.com/WebAssembly/wasi-libc/issues/617
 *   https://github.com/WebAssembly/wasi-libc/pull/618
 * Fallback: 0, a libc whose key deletion may never return must not be
 *   used for PyThread_tss_*.
 * Bits: 1 = pthread_key_create failed, 2 = pthread_key_delete returned an
 *   error
 * Hang: 0, on the 617 libc pthread_key_delete walks the list of threads from
 *   an uninitialised self pointer and never comes back; the timeout is the
 *   measured bug.
 */
#include <pthread.h>
#include <stdio.h>

int main(void) {
  pthread_key_t k;
  int r;

  if (pthread_key_create(&k, NULL) != 0)
    return 1;
  r = pthread_key_delete(k);
  if (r != 0) {
    printf("delete=%d\n", r);
    return 2;
  }
  return 0;
}
