/* Shared by shim/pthread_*.c.
 *
 * These files include wasishim's own <pthread.h> wrapper rather than the
 * SDK's header alone: where the SDK has no <pthread.h> (SDK 22, Debian's
 * 2022 libc) only the wrapper declares the POSIX interface. A function that
 * can be both provided and replaced has its body once, static, and two
 * thin definitions: pthread_x where the libc lacks it (an autoconf link
 * test looks for that name), wasishim_pthread_x where the libc's is broken
 * (the wrapper renames calls to it; the libc function is never defined by
 * wasishim). Calls between these functions go through the wrapper, so they
 * reach wasishim's where it replaces libc's. No replacement here needs to
 * call the libc function it replaces. The wrapper is reached by a relative path
 * (the wrapper folder is not on the shim's include path), which clang warns
 * about for its #include_next; that search from the start of the include
 * path is what is wanted here, as it finds the SDK's own <pthread.h>. */
#ifndef WASISHIM_PTHREAD_INTERNAL_H
#define WASISHIM_PTHREAD_INTERNAL_H

/* Included first by every pthread_*.c: the shim builds with -std=c11, under
 * which the libc hides clock_gettime, nanosleep and PTHREAD_STACK_MIN. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#if defined(_REENTRANT) || defined(__wasm_atomics__)
/* modules/pthread-* never select these on the threads target. */
#error "wasishim's single-thread pthread functions built for a threads target"
#endif

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winclude-next-absolute-path"
#include "../include/wasishim/pthread.h"
#pragma clang diagnostic pop

#include "internal.h"
#include <errno.h>
#include <limits.h>

/* musl's object layouts (src/internal/pthread_impl.h), which wasi-libc's
 * stubs and initialisers use: objects made or changed by libc's own
 * functions (pthread_mutex_init, PTHREAD_MUTEX_INITIALIZER, ...) and by
 * wasishim's then mean the same. For a mutex the single-thread stubs keep
 * the lock depth in _m_count (0: free), not in _m_lock. */
#define WASISHIM__SU (sizeof(size_t) / sizeof(int))
#define WASISHIM__M_TYPE(m) ((m)->__u.__i[0])  /* _m_type; low 2 bits: type */
#define WASISHIM__M_COUNT(m) ((m)->__u.__i[5]) /* _m_count */
#define WASISHIM__C_CLOCK(c) ((c)->__u.__i[4]) /* _c_clock */
#define WASISHIM__A_STACKSIZE(a) ((a)->__u.__s[0])
#define WASISHIM__A_GUARDSIZE(a) ((a)->__u.__s[1])
#define WASISHIM__A_STACKADDR(a) ((a)->__u.__s[2]) /* the top of the stack */
#define WASISHIM__A_DETACH(a) ((a)->__u.__i[3 * WASISHIM__SU])
/* A mutexattr's __attr: type in bits 0-1 (musl). A condattr's __attr: the
 * clock in bits 0-30 as a number (0 realtime, 1 monotonic, as libc's own
 * pthread_condattr_setclock stores it), bit 31 process-shared. */
#define WASISHIM__MUTEX_TYPE_MASK 3
#define WASISHIM__MUTEXATTR_PSHARED 128u
#define WASISHIM__CLOCK_REALTIME_ID 0
#define WASISHIM__CLOCK_MONOTONIC_ID 1
#define WASISHIM__CONDATTR_CLOCK_MASK 0x7fffffffu

/* Takes m for the only thread: a free mutex is taken, a recursive one held
 * counts one more, any other held one gives held_error (lock: EDEADLK,
 * trylock: EBUSY). Inline: it is the whole of two calls that must cost no
 * more than libc's. */
static inline int wasishim__mutex_take(pthread_mutex_t *m, int held_error) {
  int *count = &WASISHIM__M_COUNT(m);
  if (*count == 0) {
    *count = 1;
    return 0;
  }
  if ((WASISHIM__M_TYPE(m) & WASISHIM__MUTEX_TYPE_MASK) !=
      PTHREAD_MUTEX_RECURSIVE)
    return held_error;
  if (*count == INT_MAX)
    return EAGAIN;
  ++*count;
  return 0;
}

/* A rwlock's lock word, musl's _rw_lock: 0 free, WASISHIM__RW_WRITER
 * write-held, else the number of readers (the top bit, musl's waiters
 * flag, is never set with one thread). */
#define WASISHIM__RW_LOCK(l) ((l)->__u.__i[0])
#define WASISHIM__RW_WRITER 0x7fffffff
/* A barrier's _b_limit: its count less one, in bits 0-30 (musl). */
#define WASISHIM__B_LIMIT(b) ((b)->__u.__i[2])

/* Takes l for reading: a write-held lock gives held_error (rdlock:
 * EDEADLK, tryrdlock: EBUSY), a read-held one counts one reader more. */
static inline int wasishim__rwlock_take_rd(pthread_rwlock_t *l,
                                           int held_error) {
  int *lock = &WASISHIM__RW_LOCK(l);
  if (*lock == WASISHIM__RW_WRITER)
    return held_error;
  if (*lock == WASISHIM__RW_WRITER - 1)
    return EAGAIN;
  ++*lock;
  return 0;
}

/* Takes l for writing: any held lock gives held_error. */
static inline int wasishim__rwlock_take_wr(pthread_rwlock_t *l,
                                           int held_error) {
  int *lock = &WASISHIM__RW_LOCK(l);
  if (*lock != 0)
    return held_error;
  *lock = WASISHIM__RW_WRITER;
  return 0;
}

/* musl's default thread stack (DEFAULT_STACK_SIZE), used where wasishim
 * provides pthread_attr_init. */
#define WASISHIM__DEFAULT_STACK_SIZE 131072

#endif
