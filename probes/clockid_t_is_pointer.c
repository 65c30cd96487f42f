/*
 * Detects: clockid_t is a pointer type and CLOCK_MONOTONIC / CLOCK_REALTIME
 *   are addresses, not integer constants (so they cannot be `case` labels,
 *   array indices or #if operands).
 * Kind: compile
 * Macro: WASISHIM_CLOCKID_T_IS_POINTER
 * Seen: all SDKs: they expand to addresses of const struct __clockid
 *   (catalogue row 18).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_time.h
 */
#include <time.h>

/* 5 is the pointer class of __builtin_classify_type (GCC and clang). */
_Static_assert(__builtin_classify_type((clockid_t)0) == 5,
               "clockid_t is not a pointer");
_Static_assert(__builtin_classify_type(CLOCK_MONOTONIC) == 5,
               "CLOCK_MONOTONIC is not a pointer");
_Static_assert(__builtin_classify_type(CLOCK_REALTIME) == 5,
               "CLOCK_REALTIME is not a pointer");
int probe;
