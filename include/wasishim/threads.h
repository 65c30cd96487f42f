/* wasishim: C11's <threads.h> mutexes and condition variables the same on
   every SDK (docs/quirks/c11-threads.md). p1 libcs up to wasi-sdk 33 have
   <threads.h> with thrd_sleep but no mtx_* or cnd_* to link, and the 2022
   one has no <threads.h>: then this header is <threads.h> for those
   functions, with musl's types and values. wasi-sdk 34's trap in a wait
   that would block; wasishim replaces them there. */
#if __has_include_next(<threads.h>)
#include_next <threads.h>
#endif

#ifndef WASISHIM_THREADS_H
#define WASISHIM_THREADS_H
#include <wasishim/shim.h>

#if !__has_include_next(<threads.h>)
#include <time.h>
/* musl's mtx_t and cnd_t, which every wasi-libc is built on. */
#define __NEED_mtx_t
#define __NEED_cnd_t
#include <bits/alltypes.h>

enum {
  thrd_success = 0,
  thrd_busy = 1,
  thrd_error = 2,
  thrd_nomem = 3,
  thrd_timedout = 4,
};

enum {
  mtx_plain = 0,
  mtx_recursive = 1,
  mtx_timed = 2,
};
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_REPLACE_MTX_INIT
int wasishim_mtx_init(mtx_t *, int);
#undef mtx_init
#define mtx_init wasishim_mtx_init
#elif WASISHIM_PROVIDE_MTX_INIT
int mtx_init(mtx_t *, int);
#endif
#if WASISHIM_REPLACE_MTX_DESTROY
void wasishim_mtx_destroy(mtx_t *);
#undef mtx_destroy
#define mtx_destroy wasishim_mtx_destroy
#elif WASISHIM_PROVIDE_MTX_DESTROY
void mtx_destroy(mtx_t *);
#endif
#if WASISHIM_REPLACE_MTX_LOCK
int wasishim_mtx_lock(mtx_t *);
#undef mtx_lock
#define mtx_lock wasishim_mtx_lock
#elif WASISHIM_PROVIDE_MTX_LOCK
int mtx_lock(mtx_t *);
#endif
#if WASISHIM_REPLACE_MTX_TRYLOCK
int wasishim_mtx_trylock(mtx_t *);
#undef mtx_trylock
#define mtx_trylock wasishim_mtx_trylock
#elif WASISHIM_PROVIDE_MTX_TRYLOCK
int mtx_trylock(mtx_t *);
#endif
#if WASISHIM_REPLACE_MTX_TIMEDLOCK
int wasishim_mtx_timedlock(mtx_t *__restrict,
                           const struct timespec *__restrict);
#undef mtx_timedlock
#define mtx_timedlock wasishim_mtx_timedlock
#elif WASISHIM_PROVIDE_MTX_TIMEDLOCK
int mtx_timedlock(mtx_t *__restrict, const struct timespec *__restrict);
#endif
#if WASISHIM_REPLACE_MTX_UNLOCK
int wasishim_mtx_unlock(mtx_t *);
#undef mtx_unlock
#define mtx_unlock wasishim_mtx_unlock
#elif WASISHIM_PROVIDE_MTX_UNLOCK
int mtx_unlock(mtx_t *);
#endif
#if WASISHIM_REPLACE_CND_INIT
int wasishim_cnd_init(cnd_t *);
#undef cnd_init
#define cnd_init wasishim_cnd_init
#elif WASISHIM_PROVIDE_CND_INIT
int cnd_init(cnd_t *);
#endif
#if WASISHIM_REPLACE_CND_DESTROY
void wasishim_cnd_destroy(cnd_t *);
#undef cnd_destroy
#define cnd_destroy wasishim_cnd_destroy
#elif WASISHIM_PROVIDE_CND_DESTROY
void cnd_destroy(cnd_t *);
#endif
#if WASISHIM_REPLACE_CND_SIGNAL
int wasishim_cnd_signal(cnd_t *);
#undef cnd_signal
#define cnd_signal wasishim_cnd_signal
#elif WASISHIM_PROVIDE_CND_SIGNAL
int cnd_signal(cnd_t *);
#endif
#if WASISHIM_REPLACE_CND_BROADCAST
int wasishim_cnd_broadcast(cnd_t *);
#undef cnd_broadcast
#define cnd_broadcast wasishim_cnd_broadcast
#elif WASISHIM_PROVIDE_CND_BROADCAST
int cnd_broadcast(cnd_t *);
#endif
#if WASISHIM_REPLACE_CND_WAIT
int wasishim_cnd_wait(cnd_t *, mtx_t *);
#undef cnd_wait
#define cnd_wait wasishim_cnd_wait
#elif WASISHIM_PROVIDE_CND_WAIT
int cnd_wait(cnd_t *, mtx_t *);
#endif
#if WASISHIM_REPLACE_CND_TIMEDWAIT
int wasishim_cnd_timedwait(cnd_t *__restrict, mtx_t *__restrict,
                           const struct timespec *__restrict);
#undef cnd_timedwait
#define cnd_timedwait wasishim_cnd_timedwait
#elif WASISHIM_PROVIDE_CND_TIMEDWAIT
int cnd_timedwait(cnd_t *__restrict, mtx_t *__restrict,
                  const struct timespec *__restrict);
#endif
#if WASISHIM_PROVIDE_THRD_SLEEP
int thrd_sleep(const struct timespec *, struct timespec *);
#endif

#ifdef __cplusplus
}
#endif
#endif
