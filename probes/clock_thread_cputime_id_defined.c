/*
 * Detects: <time.h> defines CLOCK_THREAD_CPUTIME_ID.
 * Kind: compile
 * Macro: WASISHIM_CLOCK_THREAD_CPUTIME_ID_DEFINED
 * Seen: missing in the SDKs of the catalogue (row 16); the 2022 Debian
 *   wasi-libc snapshot still has it (measured).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_time.h
 */
#include <time.h>
#ifndef CLOCK_THREAD_CPUTIME_ID
#error no CLOCK_THREAD_CPUTIME_ID
#endif
int probe;
