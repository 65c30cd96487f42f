/* <time.h> through wasishim: clock_nanosleep with an absolute deadline
 * where the runtime never wakes from one (docs/quirks/clock-nanosleep.md). */
#include_next <time.h>
#ifndef WASISHIM_TIME_H
#define WASISHIM_TIME_H
#include <wasishim/shim.h>
#if WASISHIM_REPLACE_CLOCK_NANOSLEEP
int wasishim_clock_nanosleep(clockid_t, int, const struct timespec *,
                             struct timespec *);
#define clock_nanosleep wasishim_clock_nanosleep
#endif
#endif
