/*
 * Detects: pthread_getcpuclockid gives the calling thread a clock that
 *   clock_gettime can read.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_GETCPUCLOCKID_WORKS
 * Seen: absent up to wasi-sdk 33 (catalogue section 3); CPython's site file
 *   says "WASI SDK 34 declares some things that simply error out", among
 *   them pthread_getcpuclockid.
 * Link: https://github.com/python/cpython/issues/157923
 * Fallback: 0, a thread CPU clock must not be assumed where it could not be
 *   tried.
 * Bits: 1 = pthread_getcpuclockid failed, 2 = clock_gettime on its clock
 *   failed
 */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

int main(void) {
  clockid_t c;
  struct timespec ts;
  int r = pthread_getcpuclockid(pthread_self(), &c);

  if (r != 0) {
    printf("ret=%d\n", r);
    return 1;
  }
  if (clock_gettime(c, &ts) != 0)
    return 2;
  return 0;
}
