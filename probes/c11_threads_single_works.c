/*
 * Detects: C11's mutexes and condition variables on one thread: a plain
 *   mutex held gives thrd_busy to mtx_trylock and thrd_error to mtx_lock
 *   and mtx_timedlock (the caller would wait for itself), a recursive one
 *   counts, cnd_timedwait sleeps to its deadline (10 ms) and gives
 *   thrd_timedout, cnd_wait, which nobody can signal, gives thrd_error, and
 *   thrd_sleep sleeps.
 * Kind: run
 * Macro: WASISHIM_C11_THREADS_SINGLE_WORKS
 * Seen: mtx_* and cnd_* absent (does not build) on every p1 libc up to
 *   wasi-sdk 33, which has <threads.h> and thrd_sleep only; the 2022 libc
 *   has no <threads.h>. wasi-sdk 34 adds musl's (PR 851, commit 297b285d),
 *   on pthread functions whose futex traps whenever a wait would block.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, a wait that may trap must not be trusted.
 * Hang: 0, a lock or wait for a thread that does not exist.
 * Bits: 1 = setup failed, 2 = a held plain mutex did not give thrd_busy /
 *   thrd_error, 4 = a recursive mutex did not count, 8 = cnd_timedwait did
 *   not give thrd_timedout at (not before) the deadline, 16 = cnd_wait did
 *   not give thrd_error, 32 = thrd_sleep failed or returned early
 */
#include <stdio.h>
#include <threads.h>
#include <time.h>

static long long ns_until(const struct timespec *dl) {
  struct timespec now;
  timespec_get(&now, TIME_UTC);
  return (long long)(dl->tv_sec - now.tv_sec) * 1000000000LL +
         (dl->tv_nsec - now.tv_nsec);
}

int main(void) {
  mtx_t m, r;
  cnd_t c;
  struct timespec dl, d10 = {0, 10 * 1000 * 1000};
  int bits = 0, t, l, tl, w;

  if (mtx_init(&m, mtx_timed) != thrd_success ||
      mtx_init(&r, mtx_plain | mtx_recursive) != thrd_success ||
      cnd_init(&c) != thrd_success || mtx_lock(&m) != thrd_success ||
      !timespec_get(&dl, TIME_UTC))
    return 1;
  dl.tv_nsec += 10 * 1000 * 1000;
  if (dl.tv_nsec >= 1000000000) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000;
  }
  fflush(stdout);
  t = mtx_trylock(&m);
  l = mtx_lock(&m);
  tl = mtx_timedlock(&m, &dl);
  printf("trylock=%d lock=%d timedlock=%d\n", t, l, tl);
  if (t != thrd_busy || l != thrd_error || tl != thrd_error)
    bits |= 2;
  if (mtx_lock(&r) != thrd_success || mtx_lock(&r) != thrd_success ||
      mtx_trylock(&r) != thrd_success || mtx_unlock(&r) != thrd_success ||
      mtx_unlock(&r) != thrd_success || mtx_unlock(&r) != thrd_success ||
      mtx_unlock(&r) != thrd_error)
    bits |= 4;
  fflush(stdout);
  w = cnd_timedwait(&c, &m, &dl);
  printf("cnd_timedwait=%d\n", w);
  if (w != thrd_timedout || ns_until(&dl) > 5 * 1000 * 1000)
    bits |= 8;
  fflush(stdout);
  w = cnd_wait(&c, &m);
  printf("cnd_wait=%d\n", w);
  if (w != thrd_error)
    bits |= 16;
  if (!timespec_get(&dl, TIME_UTC) || thrd_sleep(&d10, NULL) != 0)
    bits |= 32;
  dl.tv_nsec += 10 * 1000 * 1000;
  if (dl.tv_nsec >= 1000000000) {
    dl.tv_sec++;
    dl.tv_nsec -= 1000000000;
  }
  if (ns_until(&dl) > 5 * 1000 * 1000)
    bits |= 32;
  mtx_unlock(&m);
  mtx_destroy(&m);
  mtx_destroy(&r);
  cnd_destroy(&c);
  return bits;
}
