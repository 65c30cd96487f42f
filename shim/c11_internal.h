/* Shared by shim/mtx_*.c, cnd_*.c and thrd_sleep.c
 * (docs/quirks/c11-threads.md).
 *
 * Included first: the wrapper <threads.h> declares the C11 interface where
 * the SDK has no <threads.h> (the 2022 libc) and renames calls to
 * wasishim's where they replace libc's. Reached by a relative path, as in
 * pthread_internal.h. */
#ifndef WASISHIM_C11_INTERNAL_H
#define WASISHIM_C11_INTERNAL_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#if defined(_REENTRANT) || defined(__wasm_atomics__)
/* modules/c11-threads never selects these on the threads target. */
#error "wasishim's single-thread C11 functions built for a threads target"
#endif

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winclude-next-absolute-path"
#include "../include/wasishim/threads.h"
#pragma clang diagnostic pop

#include "internal.h"
#include <limits.h>

/* musl's mtx_t is its pthread_mutex_t under another name, and its mtx_*
 * call the pthread functions on it: the type in _m_type (PTHREAD_MUTEX_
 * RECURSIVE 1 or NORMAL 0), the lock depth in _m_count, as wasishim's
 * pthread mutexes keep it (pthread_internal.h). */
#define WASISHIM__MTX_TYPE(m) ((m)->__u.__i[0])
#define WASISHIM__MTX_COUNT(m) ((m)->__u.__i[5])
#define WASISHIM__MTX_RECURSIVE 1

/* Takes m for the only thread: free, taken; recursive and held, one more;
 * any other held mutex gives held (mtx_lock, mtx_timedlock: thrd_error,
 * the caller would wait for itself; mtx_trylock: thrd_busy). */
static inline int wasishim__mtx_take(mtx_t *m, int held) {
  int *count = &WASISHIM__MTX_COUNT(m);
  if (*count == 0) {
    *count = 1;
    return thrd_success;
  }
  if ((WASISHIM__MTX_TYPE(m) & 3) != WASISHIM__MTX_RECURSIVE)
    return held;
  if (*count == INT_MAX)
    return thrd_error;
  ++*count;
  return thrd_success;
}

#endif
