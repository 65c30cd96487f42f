/*
 * Detects: thread-specific data works from start to end of a single-thread
 *   program: keys are created, set and read back, a key is deleted
 *   (pthread_key_delete returns), and pthread_exit on the main thread runs
 *   the destructor of a key that still holds a value, then ends the process
 *   with status 0.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_KEY_LIFECYCLE_WORKS
 * Seen: no key functions on p1 before 25; pthread_key_delete hangs in 25-27
 *   (issue 617, fixed in 28 by PR 618); pthread_exit is on p1 only in 25
 *   (removed in 26), so from 26 on no p1 libc passes. The threads target
 *   has all of it.
 * Link: https://github.com/WebAssembly/wasi-libc/issues/617
 *   https://github.com/WebAssembly/wasi-libc/pull/618
 *   https://github.com/WebAssembly/wasi-libc/pull/602
 * Fallback: 0, then wasishim keeps its own key table, which pthread_exit
 *   and the key functions share.
 * Bits: 1 = pthread_key_create failed, 2 = the value read back differs,
 *   4 = pthread_key_delete failed, 8 = pthread_exit returned or the process
 *   ended without running the destructor
 * Hang: 0, on the 617 libc pthread_key_delete walks the thread list from an
 *   uninitialised self pointer and never returns; the timeout is the bug.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* Not declared by the single-thread <pthread.h> of 26+. */
void pthread_exit(void *);

static int value, destroyed;

static void destroy(void *p) {
  if (p == &value)
    destroyed = 1;
}

static void check_at_exit(void) {
  if (!destroyed) {
    printf("destructor not run\n");
    fflush(stdout);
    _Exit(8);
  }
}

int main(void) {
  pthread_key_t gone, kept;

  if (pthread_key_create(&gone, NULL) != 0 ||
      pthread_key_create(&kept, destroy) != 0)
    return 1;
  if (pthread_setspecific(kept, &value) != 0 ||
      pthread_getspecific(kept) != &value)
    return 2;
  if (pthread_key_delete(gone) != 0)
    return 4;
  atexit(check_at_exit);
  pthread_exit(NULL);
  return 8;
}
