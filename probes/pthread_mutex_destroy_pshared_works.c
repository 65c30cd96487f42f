/*
 * Detects: every mutex pthread_mutex_init makes can be destroyed: normal,
 *   recursive and errorcheck, each private and process-shared.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_MUTEX_DESTROY_PSHARED_WORKS
 * Seen: pthread_mutex_destroy gives EINVAL for a process-shared recursive
 *   or errorcheck mutex on every libc with pthreads tested (25, 26/27,
 *   29/30, 33; musl's destroy asks the kernel for a robust-list wait that
 *   wasi-libc leaves out), though pthread_mutexattr_setpshared and
 *   pthread_mutex_init accept it. Does not build on the 2022 libc.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 * Fallback: 0, nothing is known about the libc's destroy.
 * Bits: 1 = setup failed, 2 = a destroy failed (type, shared and result
 *   printed)
 */
#include <pthread.h>
#include <stdio.h>

int main(void) {
  static const int types[] = {PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_RECURSIVE,
                              PTHREAD_MUTEX_ERRORCHECK};
  int bits = 0;

  for (int shared = 0; shared < 2; shared++)
    for (int i = 0; i < 3; i++) {
      pthread_mutexattr_t a;
      pthread_mutex_t m;
      int r;
      if (pthread_mutexattr_init(&a) != 0 ||
          pthread_mutexattr_settype(&a, types[i]) != 0 ||
          pthread_mutexattr_setpshared(&a, shared ? PTHREAD_PROCESS_SHARED
                                                  : PTHREAD_PROCESS_PRIVATE) !=
              0 ||
          pthread_mutex_init(&m, &a) != 0)
        return 1;
      r = pthread_mutex_destroy(&m);
      pthread_mutexattr_destroy(&a);
      if (r != 0) {
        printf("type=%d shared=%d destroy=%d\n", types[i], shared, r);
        bits |= 2;
      }
    }
  return bits;
}
