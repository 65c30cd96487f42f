/*
 * Detects: a spinlock the only thread holds gives EDEADLK to
 *   pthread_spin_lock (POSIX's "may fail" for a lock the caller holds) and
 *   EBUSY to pthread_spin_trylock, instead of spinning forever.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_SPIN_SELF_WORKS
 * Seen: right in the single-thread stubs of wasi-sdk 25 to 33 (PR 518;
 *   measured on the libcs of 25, 26/27, 29/30 and 33). wasi-sdk 34 takes
 *   musl's spinlock (PR 851, commit 297b285d), which spins until another
 *   thread unlocks: forever. Does not build on the 2022 libc (no pthreads).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, a lock that may spin forever must not be trusted.
 * Hang: 0, musl's pthread_spin_lock spins for an owner that is the caller.
 * Bits: 1 = setup failed, 2 = trylock did not give EBUSY, 4 = lock did not
 *   give EDEADLK, 8 = unlock, relock or destroy failed
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

int main(void) {
  pthread_spinlock_t s;
  int bits = 0, t, l;

  if (pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE) != 0 ||
      pthread_spin_lock(&s) != 0)
    return 1;
  t = pthread_spin_trylock(&s);
  l = pthread_spin_lock(&s);
  printf("trylock=%d lock=%d\n", t, l);
  if (t != EBUSY)
    bits |= 2;
  if (l != EDEADLK)
    bits |= 4;
  if (pthread_spin_unlock(&s) != 0 || pthread_spin_trylock(&s) != 0 ||
      pthread_spin_unlock(&s) != 0 || pthread_spin_destroy(&s) != 0)
    bits |= 8;
  return bits;
}
