/*
 * Detects: named semaphores, which WASI cannot share with any other
 *   process, fail as one: sem_open gives SEM_FAILED and sem_unlink -1,
 *   both with errno ENOTSUP (the errno of wasi-sdk 34's other p1 stubs).
 * Kind: run
 * Macro: WASISHIM_SEM_OPEN_FAILS_CLEANLY
 * Seen: absent (does not build) on every p1 libc up to wasi-sdk 33.
 *   wasi-sdk 34 (PR 851, commit 297b285d, src/thread/common/sem_open.c)
 *   returns SEM_FAILED without setting errno, and its sem_close returns
 *   ENOTSUP itself instead of -1 with errno.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, nothing is known about the failure.
 * Bits: 1 = sem_open did not fail with ENOTSUP, 2 = sem_unlink did not
 *   fail with ENOTSUP
 */
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <stdio.h>

int main(void) {
  int bits = 0, e;
  sem_t *s;

  errno = 0;
  s = sem_open("/wasishim-probe", O_CREAT, 0600, 1u);
  e = errno;
  printf("sem_open=%s errno=%d\n",
         s == SEM_FAILED ? "SEM_FAILED" : "a semaphore", e);
  if (s != SEM_FAILED || e != ENOTSUP)
    bits |= 1;
  errno = 0;
  if (sem_unlink("/wasishim-probe") != -1 || errno != ENOTSUP)
    bits |= 2;
  return bits;
}
