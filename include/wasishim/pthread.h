/* wasishim: <pthread.h> the same on every SDK (docs/quirks/pthread-threads.md,
   pthread-keys.md, pthread-mutex.md, pthread-attr.md).
   p1 libcs before SDK 25 define no pthread functions, and some of them (SDK
   22, Debian's 2022 snapshot) ship no <pthread.h> at all: then this header
   is <pthread.h>, and libwasishim provides a single-thread implementation.
   From SDK 25 on, libc has single-thread stubs; wasishim replaces the ones
   the probes found broken. */
/* wasi-libc's single-thread header may turn the thread functions into
   compile-time errors (SDK 23-25 by default, later with _WASI_STRICT_PTHREAD);
   wasishim declares them everywhere instead. Only the libc's macros go: a
   program's own, such as the -Dpthread_create=... with which config.site
   keeps CPython on its own stubs, is what it was before this header. */
#pragma push_macro("pthread_create")
#pragma push_macro("pthread_join")
#pragma push_macro("pthread_detach")
#pragma push_macro("pthread_exit")
/* A program that hides pthread_create brings its own pthread_exit, and
   CPython's returns int: a libc that declares musl's void one (none of the
   p1 headers up to SDK 33 does) gets it under another name. */
#if defined(pthread_create) && !defined(pthread_exit)
#define pthread_exit wasishim__libc_pthread_exit
#endif
#if __has_include_next(<pthread.h>)
#include_next <pthread.h>
#endif
#pragma pop_macro("pthread_exit")
#undef pthread_create
#undef pthread_join
#undef pthread_detach
#pragma pop_macro("pthread_create")
#pragma pop_macro("pthread_join")
#pragma pop_macro("pthread_detach")

#ifndef WASISHIM_PTHREAD_H
#define WASISHIM_PTHREAD_H
#include <wasishim/shim.h>

/* A program that hides pthread_create brings its own thread functions:
   CPython's stubs, which config.site selects this way, define pthread_exit
   returning int. wasishim leaves pthread_exit to such a program. */
#ifdef pthread_create
#define WASISHIM__OWN_THREADS 1
#else
#define WASISHIM__OWN_THREADS 0
#endif

#if !__has_include_next(<pthread.h>)
/* POSIX lets <pthread.h> make <sched.h> and <time.h> visible, and the
   pthread_* types come from <sys/types.h>: musl, which every wasi-libc is
   built on, defines them there even where it ships no <pthread.h>. The
   constants have musl's values, so that objects keep musl's meaning. */
#include <sched.h>
#include <sys/types.h>
#include <time.h>

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_DEFAULT 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2

#define PTHREAD_MUTEX_STALLED 0
#define PTHREAD_MUTEX_ROBUST 1

#define PTHREAD_PRIO_NONE 0
#define PTHREAD_PRIO_INHERIT 1
#define PTHREAD_PRIO_PROTECT 2

#define PTHREAD_INHERIT_SCHED 0
#define PTHREAD_EXPLICIT_SCHED 1

#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1

#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1

#define PTHREAD_MUTEX_INITIALIZER                                              \
  {                                                                            \
    {                                                                          \
      { 0 }                                                                    \
    }                                                                          \
  }
#define PTHREAD_RWLOCK_INITIALIZER                                             \
  {                                                                            \
    {                                                                          \
      { 0 }                                                                    \
    }                                                                          \
  }
#define PTHREAD_COND_INITIALIZER                                               \
  {                                                                            \
    {                                                                          \
      { 0 }                                                                    \
    }                                                                          \
  }
#define PTHREAD_ONCE_INIT 0

#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *)-1)

#define PTHREAD_BARRIER_SERIAL_THREAD (-1)
#endif

/* POSIX puts these in <limits.h>, but wasi-libc shows them only on the
 * threads target; glibc's <pthread.h> gives PTHREAD_STACK_MIN too. musl's
 * values, which wasishim's own functions also keep to. */
#include <limits.h>
#ifndef PTHREAD_STACK_MIN
#define PTHREAD_STACK_MIN 2048
#endif
#ifndef PTHREAD_KEYS_MAX
#define PTHREAD_KEYS_MAX 128
#endif
#ifndef PTHREAD_DESTRUCTOR_ITERATIONS
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Threads: always declared, whatever the SDK; the stubs behind them link
   from 26 on, so wasishim gives one error everywhere. */
int pthread_create(pthread_t *__restrict, const pthread_attr_t *__restrict,
                   void *(*)(void *), void *__restrict);
int pthread_join(pthread_t, void **);
int pthread_detach(pthread_t);
#if !WASISHIM__OWN_THREADS
/* Removed from p1 in SDK 26; a port on the libc's pthreads calls it. */
__attribute__((__noreturn__)) void pthread_exit(void *);
#endif

#if WASISHIM_REPLACE_PTHREAD_CREATE
int wasishim_pthread_create(pthread_t *__restrict,
                            const pthread_attr_t *__restrict, void *(*)(void *),
                            void *__restrict);
#ifndef pthread_create
#define pthread_create wasishim_pthread_create
#endif
#endif
#if WASISHIM_REPLACE_PTHREAD_JOIN
int wasishim_pthread_join(pthread_t, void **);
#ifndef pthread_join
#define pthread_join wasishim_pthread_join
#endif
#endif
#if WASISHIM_REPLACE_PTHREAD_EXIT && !WASISHIM__OWN_THREADS
__attribute__((__noreturn__)) void wasishim_pthread_exit(void *);
#define pthread_exit wasishim_pthread_exit
#endif

#if WASISHIM_PROVIDE_PTHREAD_SELF
pthread_t pthread_self(void);
#endif
#if WASISHIM_PROVIDE_PTHREAD_EQUAL
/* In parentheses: musl's header also has a pthread_equal() macro. */
int(pthread_equal)(pthread_t, pthread_t);
#endif
#if WASISHIM_PROVIDE_PTHREAD_ONCE
int pthread_once(pthread_once_t *, void (*)(void));
#endif

/* Thread-specific data: one key table shared by the four functions and
   pthread_exit, so the four are always provided or replaced together. */
#if WASISHIM_REPLACE_PTHREAD_KEY_CREATE
int wasishim_pthread_key_create(pthread_key_t *, void (*)(void *));
#define pthread_key_create wasishim_pthread_key_create
#elif WASISHIM_PROVIDE_PTHREAD_KEY_CREATE
int pthread_key_create(pthread_key_t *, void (*)(void *));
#endif
#if WASISHIM_REPLACE_PTHREAD_KEY_DELETE
int wasishim_pthread_key_delete(pthread_key_t);
#define pthread_key_delete wasishim_pthread_key_delete
#elif WASISHIM_PROVIDE_PTHREAD_KEY_DELETE
int pthread_key_delete(pthread_key_t);
#endif
#if WASISHIM_REPLACE_PTHREAD_GETSPECIFIC
void *wasishim_pthread_getspecific(pthread_key_t);
#define pthread_getspecific wasishim_pthread_getspecific
#elif WASISHIM_PROVIDE_PTHREAD_GETSPECIFIC
void *pthread_getspecific(pthread_key_t);
#endif
#if WASISHIM_REPLACE_PTHREAD_SETSPECIFIC
int wasishim_pthread_setspecific(pthread_key_t, const void *);
#define pthread_setspecific wasishim_pthread_setspecific
#elif WASISHIM_PROVIDE_PTHREAD_SETSPECIFIC
int pthread_setspecific(pthread_key_t, const void *);
#endif

/* Mutexes. */
#if WASISHIM_PROVIDE_PTHREAD_MUTEX_INIT
int pthread_mutex_init(pthread_mutex_t *__restrict,
                       const pthread_mutexattr_t *__restrict);
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_DESTROY
int wasishim_pthread_mutex_destroy(pthread_mutex_t *);
#define pthread_mutex_destroy wasishim_pthread_mutex_destroy
#elif WASISHIM_PROVIDE_PTHREAD_MUTEX_DESTROY
int pthread_mutex_destroy(pthread_mutex_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_LOCK
int wasishim_pthread_mutex_lock(pthread_mutex_t *);
#define pthread_mutex_lock wasishim_pthread_mutex_lock
#elif WASISHIM_PROVIDE_PTHREAD_MUTEX_LOCK
int pthread_mutex_lock(pthread_mutex_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_TRYLOCK
int wasishim_pthread_mutex_trylock(pthread_mutex_t *);
#define pthread_mutex_trylock wasishim_pthread_mutex_trylock
#elif WASISHIM_PROVIDE_PTHREAD_MUTEX_TRYLOCK
int pthread_mutex_trylock(pthread_mutex_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_TIMEDLOCK
int wasishim_pthread_mutex_timedlock(pthread_mutex_t *__restrict,
                                     const struct timespec *__restrict);
#define pthread_mutex_timedlock wasishim_pthread_mutex_timedlock
#elif WASISHIM_PROVIDE_PTHREAD_MUTEX_TIMEDLOCK
int pthread_mutex_timedlock(pthread_mutex_t *__restrict,
                            const struct timespec *__restrict);
#endif
#if WASISHIM_REPLACE_PTHREAD_MUTEX_UNLOCK
int wasishim_pthread_mutex_unlock(pthread_mutex_t *);
#define pthread_mutex_unlock wasishim_pthread_mutex_unlock
#elif WASISHIM_PROVIDE_PTHREAD_MUTEX_UNLOCK
int pthread_mutex_unlock(pthread_mutex_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_MUTEXATTR_INIT
int pthread_mutexattr_init(pthread_mutexattr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_MUTEXATTR_DESTROY
int pthread_mutexattr_destroy(pthread_mutexattr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_MUTEXATTR_SETTYPE
int pthread_mutexattr_settype(pthread_mutexattr_t *, int);
#endif
#if WASISHIM_PROVIDE_PTHREAD_MUTEXATTR_SETPSHARED
int pthread_mutexattr_setpshared(pthread_mutexattr_t *, int);
#endif
#if WASISHIM_PROVIDE_PTHREAD_MUTEXATTR_GETPSHARED
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *__restrict,
                                 int *__restrict);
#endif
#if WASISHIM_PROVIDE_PTHREAD_MUTEXATTR_GETTYPE
int pthread_mutexattr_gettype(const pthread_mutexattr_t *__restrict,
                              int *__restrict);
#endif

/* Condition variables. */
#if WASISHIM_REPLACE_PTHREAD_COND_INIT
int wasishim_pthread_cond_init(pthread_cond_t *__restrict,
                               const pthread_condattr_t *__restrict);
#define pthread_cond_init wasishim_pthread_cond_init
#elif WASISHIM_PROVIDE_PTHREAD_COND_INIT
int pthread_cond_init(pthread_cond_t *__restrict,
                      const pthread_condattr_t *__restrict);
#endif
#if WASISHIM_PROVIDE_PTHREAD_COND_DESTROY
int pthread_cond_destroy(pthread_cond_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_COND_SIGNAL
int pthread_cond_signal(pthread_cond_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_COND_BROADCAST
int pthread_cond_broadcast(pthread_cond_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_COND_WAIT
int wasishim_pthread_cond_wait(pthread_cond_t *__restrict,
                               pthread_mutex_t *__restrict);
#define pthread_cond_wait wasishim_pthread_cond_wait
#elif WASISHIM_PROVIDE_PTHREAD_COND_WAIT
int pthread_cond_wait(pthread_cond_t *__restrict, pthread_mutex_t *__restrict);
#endif
#if WASISHIM_REPLACE_PTHREAD_COND_TIMEDWAIT
int wasishim_pthread_cond_timedwait(pthread_cond_t *__restrict,
                                    pthread_mutex_t *__restrict,
                                    const struct timespec *__restrict);
#define pthread_cond_timedwait wasishim_pthread_cond_timedwait
#elif WASISHIM_PROVIDE_PTHREAD_COND_TIMEDWAIT
int pthread_cond_timedwait(pthread_cond_t *__restrict,
                           pthread_mutex_t *__restrict,
                           const struct timespec *__restrict);
#endif
#if WASISHIM_PROVIDE_PTHREAD_CONDATTR_INIT
int pthread_condattr_init(pthread_condattr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_CONDATTR_DESTROY
int pthread_condattr_destroy(pthread_condattr_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_CONDATTR_SETCLOCK
int wasishim_pthread_condattr_setclock(pthread_condattr_t *, clockid_t);
#define pthread_condattr_setclock wasishim_pthread_condattr_setclock
#elif WASISHIM_PROVIDE_PTHREAD_CONDATTR_SETCLOCK
int pthread_condattr_setclock(pthread_condattr_t *, clockid_t);
#endif
#if WASISHIM_REPLACE_PTHREAD_CONDATTR_GETCLOCK
int wasishim_pthread_condattr_getclock(const pthread_condattr_t *__restrict,
                                       clockid_t *__restrict);
#define pthread_condattr_getclock wasishim_pthread_condattr_getclock
#elif WASISHIM_PROVIDE_PTHREAD_CONDATTR_GETCLOCK
int pthread_condattr_getclock(const pthread_condattr_t *__restrict,
                              clockid_t *__restrict);
#endif

/* Thread attributes and the main thread's stack. */
#if WASISHIM_PROVIDE_PTHREAD_ATTR_INIT
int pthread_attr_init(pthread_attr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_ATTR_DESTROY
int pthread_attr_destroy(pthread_attr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_ATTR_GETSTACK
int pthread_attr_getstack(const pthread_attr_t *__restrict, void **__restrict,
                          size_t *__restrict);
#endif
#if WASISHIM_PROVIDE_PTHREAD_ATTR_SETSTACK
int pthread_attr_setstack(pthread_attr_t *, void *, size_t);
#endif
#if WASISHIM_PROVIDE_PTHREAD_ATTR_GETSTACKSIZE
int pthread_attr_getstacksize(const pthread_attr_t *__restrict,
                              size_t *__restrict);
#endif
#if WASISHIM_PROVIDE_PTHREAD_ATTR_SETSTACKSIZE
int pthread_attr_setstacksize(pthread_attr_t *, size_t);
#endif
/* A GNU extension: declared, as by glibc and musl, with _GNU_SOURCE. */
#if WASISHIM_REPLACE_PTHREAD_GETATTR_NP
int wasishim_pthread_getattr_np(pthread_t, pthread_attr_t *);
#define pthread_getattr_np wasishim_pthread_getattr_np
#elif WASISHIM_PROVIDE_PTHREAD_GETATTR_NP && defined(_GNU_SOURCE)
int pthread_getattr_np(pthread_t, pthread_attr_t *);
#endif

/* Read-write locks, spin locks and barriers (docs/quirks/pthread-rwlock.md,
   pthread-barrier.md): each family replaced together, as its functions
   share the object's layout. */
#if WASISHIM_PROVIDE_PTHREAD_RWLOCKATTR_INIT
int pthread_rwlockattr_init(pthread_rwlockattr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_RWLOCKATTR_DESTROY
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_BARRIERATTR_INIT
int pthread_barrierattr_init(pthread_barrierattr_t *);
#endif
#if WASISHIM_PROVIDE_PTHREAD_BARRIERATTR_DESTROY
int pthread_barrierattr_destroy(pthread_barrierattr_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_INIT
int wasishim_pthread_rwlock_init(pthread_rwlock_t *__restrict,
                                 const pthread_rwlockattr_t *__restrict);
#undef pthread_rwlock_init
#define pthread_rwlock_init wasishim_pthread_rwlock_init
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_INIT
int pthread_rwlock_init(pthread_rwlock_t *__restrict,
                        const pthread_rwlockattr_t *__restrict);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_DESTROY
int wasishim_pthread_rwlock_destroy(pthread_rwlock_t *);
#undef pthread_rwlock_destroy
#define pthread_rwlock_destroy wasishim_pthread_rwlock_destroy
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_DESTROY
int pthread_rwlock_destroy(pthread_rwlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_RDLOCK
int wasishim_pthread_rwlock_rdlock(pthread_rwlock_t *);
#undef pthread_rwlock_rdlock
#define pthread_rwlock_rdlock wasishim_pthread_rwlock_rdlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_RDLOCK
int pthread_rwlock_rdlock(pthread_rwlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TRYRDLOCK
int wasishim_pthread_rwlock_tryrdlock(pthread_rwlock_t *);
#undef pthread_rwlock_tryrdlock
#define pthread_rwlock_tryrdlock wasishim_pthread_rwlock_tryrdlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_TRYRDLOCK
int pthread_rwlock_tryrdlock(pthread_rwlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TIMEDRDLOCK
int wasishim_pthread_rwlock_timedrdlock(pthread_rwlock_t *__restrict,
                                        const struct timespec *__restrict);
#undef pthread_rwlock_timedrdlock
#define pthread_rwlock_timedrdlock wasishim_pthread_rwlock_timedrdlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_TIMEDRDLOCK
int pthread_rwlock_timedrdlock(pthread_rwlock_t *__restrict,
                               const struct timespec *__restrict);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_WRLOCK
int wasishim_pthread_rwlock_wrlock(pthread_rwlock_t *);
#undef pthread_rwlock_wrlock
#define pthread_rwlock_wrlock wasishim_pthread_rwlock_wrlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_WRLOCK
int pthread_rwlock_wrlock(pthread_rwlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TRYWRLOCK
int wasishim_pthread_rwlock_trywrlock(pthread_rwlock_t *);
#undef pthread_rwlock_trywrlock
#define pthread_rwlock_trywrlock wasishim_pthread_rwlock_trywrlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_TRYWRLOCK
int pthread_rwlock_trywrlock(pthread_rwlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_TIMEDWRLOCK
int wasishim_pthread_rwlock_timedwrlock(pthread_rwlock_t *__restrict,
                                        const struct timespec *__restrict);
#undef pthread_rwlock_timedwrlock
#define pthread_rwlock_timedwrlock wasishim_pthread_rwlock_timedwrlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_TIMEDWRLOCK
int pthread_rwlock_timedwrlock(pthread_rwlock_t *__restrict,
                               const struct timespec *__restrict);
#endif
#if WASISHIM_REPLACE_PTHREAD_RWLOCK_UNLOCK
int wasishim_pthread_rwlock_unlock(pthread_rwlock_t *);
#undef pthread_rwlock_unlock
#define pthread_rwlock_unlock wasishim_pthread_rwlock_unlock
#elif WASISHIM_PROVIDE_PTHREAD_RWLOCK_UNLOCK
int pthread_rwlock_unlock(pthread_rwlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_INIT
int wasishim_pthread_spin_init(pthread_spinlock_t *, int);
#undef pthread_spin_init
#define pthread_spin_init wasishim_pthread_spin_init
#elif WASISHIM_PROVIDE_PTHREAD_SPIN_INIT
int pthread_spin_init(pthread_spinlock_t *, int);
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_DESTROY
int wasishim_pthread_spin_destroy(pthread_spinlock_t *);
#undef pthread_spin_destroy
#define pthread_spin_destroy wasishim_pthread_spin_destroy
#elif WASISHIM_PROVIDE_PTHREAD_SPIN_DESTROY
int pthread_spin_destroy(pthread_spinlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_LOCK
int wasishim_pthread_spin_lock(pthread_spinlock_t *);
#undef pthread_spin_lock
#define pthread_spin_lock wasishim_pthread_spin_lock
#elif WASISHIM_PROVIDE_PTHREAD_SPIN_LOCK
int pthread_spin_lock(pthread_spinlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_TRYLOCK
int wasishim_pthread_spin_trylock(pthread_spinlock_t *);
#undef pthread_spin_trylock
#define pthread_spin_trylock wasishim_pthread_spin_trylock
#elif WASISHIM_PROVIDE_PTHREAD_SPIN_TRYLOCK
int pthread_spin_trylock(pthread_spinlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_SPIN_UNLOCK
int wasishim_pthread_spin_unlock(pthread_spinlock_t *);
#undef pthread_spin_unlock
#define pthread_spin_unlock wasishim_pthread_spin_unlock
#elif WASISHIM_PROVIDE_PTHREAD_SPIN_UNLOCK
int pthread_spin_unlock(pthread_spinlock_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_BARRIER_INIT
int wasishim_pthread_barrier_init(pthread_barrier_t *__restrict,
                                  const pthread_barrierattr_t *__restrict,
                                  unsigned);
#undef pthread_barrier_init
#define pthread_barrier_init wasishim_pthread_barrier_init
#elif WASISHIM_PROVIDE_PTHREAD_BARRIER_INIT
int pthread_barrier_init(pthread_barrier_t *__restrict,
                         const pthread_barrierattr_t *__restrict, unsigned);
#endif
#if WASISHIM_REPLACE_PTHREAD_BARRIER_DESTROY
int wasishim_pthread_barrier_destroy(pthread_barrier_t *);
#undef pthread_barrier_destroy
#define pthread_barrier_destroy wasishim_pthread_barrier_destroy
#elif WASISHIM_PROVIDE_PTHREAD_BARRIER_DESTROY
int pthread_barrier_destroy(pthread_barrier_t *);
#endif
#if WASISHIM_REPLACE_PTHREAD_BARRIER_WAIT
int wasishim_pthread_barrier_wait(pthread_barrier_t *);
#undef pthread_barrier_wait
#define pthread_barrier_wait wasishim_pthread_barrier_wait
#elif WASISHIM_PROVIDE_PTHREAD_BARRIER_WAIT
int pthread_barrier_wait(pthread_barrier_t *);
#endif
/* Absent up to wasi-sdk 33: provided, failing with ENOTSUP as 34's does. */
#if WASISHIM_PROVIDE_PTHREAD_GETCPUCLOCKID
int pthread_getcpuclockid(pthread_t, clockid_t *);
#endif

#ifdef __cplusplus
}
#endif
#endif
