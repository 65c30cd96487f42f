/*
 * Detects: a rwlock the only thread holds answers as POSIX asks instead of
 *   waiting: every write lock and a read lock of a write-held lock give
 *   EDEADLK, the timed forms too (a 10 ms deadline), the try forms EBUSY;
 *   a read-held lock takes another read lock, then a write-held one after
 *   both unlocks.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_RWLOCK_SELF_WORKS
 * Seen: right in the single-thread stubs of wasi-sdk 25 to 33 (PR 518;
 *   measured on the libcs of 25, 26/27, 29/30 and 33). wasi-sdk 34 runs
 *   musl's rwlock on a futex that traps whenever a wait would block (PR
 *   851, commit 297b285d, src/thread/single-threaded/futex.c): the timed
 *   write lock of a held lock traps. Absent (does not build) where the
 *   libc has no pthreads (the 2022 libc).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, a lock that may trap must not be trusted.
 * Hang: 0, musl's rwlock waits for a writer that is the caller itself.
 * Bits: 1 = setup failed, 2 = a write-held lock did not give EDEADLK,
 *   4 = a try form did not give EBUSY, 8 = a read-held lock did not give
 *   EDEADLK to a writer, 16 = a second read lock or the unlocks failed
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>

int main(void) {
  pthread_rwlock_t l;
  struct timespec dl;
  int bits = 0, w, tw, r, tr, tyw, tyr;

  if (pthread_rwlock_init(&l, NULL) != 0 ||
      clock_gettime(CLOCK_REALTIME, &dl) != 0 || pthread_rwlock_wrlock(&l) != 0)
    return 1;
  dl.tv_nsec += 10 * 1000 * 1000;
  if (dl.tv_nsec >= 1000000000) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000;
  }
  w = pthread_rwlock_wrlock(&l);
  tw = pthread_rwlock_timedwrlock(&l, &dl);
  r = pthread_rwlock_rdlock(&l);
  tr = pthread_rwlock_timedrdlock(&l, &dl);
  tyw = pthread_rwlock_trywrlock(&l);
  tyr = pthread_rwlock_tryrdlock(&l);
  printf("wr=%d timedwr=%d rd=%d timedrd=%d trywr=%d tryrd=%d\n", w, tw, r, tr,
         tyw, tyr);
  if (w != EDEADLK || tw != EDEADLK || r != EDEADLK || tr != EDEADLK)
    bits |= 2;
  if (tyw != EBUSY || tyr != EBUSY)
    bits |= 4;
  if (pthread_rwlock_unlock(&l) != 0 || pthread_rwlock_rdlock(&l) != 0)
    return bits | 1;
  w = pthread_rwlock_wrlock(&l);
  tw = pthread_rwlock_timedwrlock(&l, &dl);
  tyw = pthread_rwlock_trywrlock(&l);
  printf("read-held: wr=%d timedwr=%d trywr=%d\n", w, tw, tyw);
  if (w != EDEADLK || tw != EDEADLK || tyw != EBUSY)
    bits |= 8;
  if (pthread_rwlock_rdlock(&l) != 0 || pthread_rwlock_unlock(&l) != 0 ||
      pthread_rwlock_unlock(&l) != 0 || pthread_rwlock_trywrlock(&l) != 0 ||
      pthread_rwlock_unlock(&l) != 0 || pthread_rwlock_destroy(&l) != 0)
    bits |= 16;
  return bits;
}
