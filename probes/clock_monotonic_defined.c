/*
 * Detects: <time.h> defines CLOCK_MONOTONIC and clock_gettime accepts it
 *   (compiles; see clockid_t_is_pointer for its type).
 * Kind: compile
 * Macro: WASISHIM_CLOCK_MONOTONIC_DEFINED
 * Seen: all SDKs (catalogue row 18).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_time.h
 */
#include <time.h>
#ifndef CLOCK_MONOTONIC
#error no CLOCK_MONOTONIC
#endif

int probe(struct timespec *ts);
int probe(struct timespec *ts) {
  return clock_gettime(CLOCK_MONOTONIC, ts);
}
