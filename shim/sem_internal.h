/* Shared by shim/sem_*.c (docs/quirks/semaphore.md).
 *
 * Included first: the wrapper <semaphore.h> is what declares sem_t where
 * the SDK has no <semaphore.h> (the 2022 libc), and it renames calls
 * between these functions to wasishim's where they replace libc's. It is
 * reached by a relative path, as in pthread_internal.h. */
#ifndef WASISHIM_SEM_INTERNAL_H
#define WASISHIM_SEM_INTERNAL_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winclude-next-absolute-path"
#include "../include/wasishim/semaphore.h"
#pragma clang diagnostic pop

#include "internal.h"
#include <errno.h>

/* musl's layout: the count in __val[0] (its top bit, musl's waiters flag,
 * never set with one thread), and __val[2] 0 for a process-shared
 * semaphore, 128 for a private one. wasi-sdk 34's own functions read and
 * write the same words. */
#define WASISHIM__SEM_COUNT(s) ((s)->__val[0])
#define WASISHIM__SEM_PRIVATE(s) ((s)->__val[2])
#define WASISHIM__SEM_MAX 0x7fffffff

/* -1 with errno e. */
static inline int wasishim__sem_fail(int e) {
  errno = e;
  return -1;
}

#endif
