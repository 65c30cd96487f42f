/*
 * Detects: <time.h> defines CLOCK_REALTIME and clock_gettime accepts it
 *   (compiles; see clockid_t_is_pointer for its type).
 * Kind: compile
 * Macro: WASISHIM_CLOCK_REALTIME_DEFINED
 * Seen: all SDKs (catalogue row 18).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_time.h
 */
#include <time.h>
#ifndef CLOCK_REALTIME
#error no CLOCK_REALTIME
#endif

int probe(struct timespec *ts);
int probe(struct timespec *ts) {
  return clock_gettime(CLOCK_REALTIME, ts);
}
