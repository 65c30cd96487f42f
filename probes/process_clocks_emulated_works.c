/*
 * Detects: with the process-clocks emulation, clock(), times() and
 *   getrusage(RUSAGE_SELF) succeed and report some elapsed time after a
 *   short busy loop.
 * Kind: run
 * Macro: WASISHIM_PROCESS_CLOCKS_EMULATED_WORKS
 * Seen: all SDKs; the emulation reads the monotonic clock, so the values are
 *   wall time since start, not CPU time (catalogue row 16).
 * Link: https://github.com/WebAssembly/wasi-libc/tree/main/libc-bottom-half/clocks
 * Flags: -D_WASI_EMULATED_PROCESS_CLOCKS
 * Libs: -lwasi-emulated-process-clocks
 * Fallback: 1, CPython's configure already links this emulation on WASI
 *   (time.process_time needs it).
 * Bits: 1 = clock() returned -1, 2 = times() failed, 4 = getrusage()
 *   failed, 8 = clock() did not advance, 16 = neither tms_utime nor
 *   ru_utime advanced
 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>

int main(void) {
  struct tms t;
  struct rusage ru;
  clock_t c0, c1;
  volatile unsigned long spin = 0;
  int bits = 0;

  c0 = clock();
  /* Enough work for any clock with microsecond resolution to move. */
  while (clock() - c0 < (clock_t)(CLOCKS_PER_SEC / 1000) && spin < 50000000)
    spin++;
  c1 = clock();
  if (c0 == (clock_t)-1 || c1 == (clock_t)-1)
    bits |= 1;
  if (times(&t) == (clock_t)-1)
    bits |= 2;
  if (getrusage(RUSAGE_SELF, &ru) != 0)
    bits |= 4;
  if (c1 <= c0)
    bits |= 8;
  if (!(bits & 6) && t.tms_utime == 0 && ru.ru_utime.tv_sec == 0 &&
      ru.ru_utime.tv_usec == 0)
    bits |= 16;
  printf("clock=%lld utime=%lld ru=%lld.%06ld\n", (long long)c1,
         (long long)t.tms_utime, (long long)ru.ru_utime.tv_sec,
         (long)ru.ru_utime.tv_usec);
  return bits;
}
