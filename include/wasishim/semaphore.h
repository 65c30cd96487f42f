/* wasishim: <semaphore.h> the same on every SDK (docs/quirks/semaphore.md).
   No p1 libc before wasi-sdk 34 defines a semaphore function, and the 2022
   one ships no <semaphore.h>: then this header is <semaphore.h>, with
   musl's sem_t, and libwasishim provides the functions. wasi-sdk 34's trap
   in a wait that would block; wasishim replaces them there. */
#if __has_include_next(<semaphore.h>)
#include_next <semaphore.h>
#endif

#ifndef WASISHIM_SEMAPHORE_H
#define WASISHIM_SEMAPHORE_H
#include <wasishim/shim.h>

#if !__has_include_next(<semaphore.h>)
#include <fcntl.h>
#include <time.h>
/* musl's sem_t and SEM_FAILED, which every wasi-libc is built on. */
typedef struct {
  volatile int __val[4 * sizeof(long)];
} sem_t;
#define SEM_FAILED ((sem_t *)0)
#endif
#include <limits.h>
#ifndef SEM_VALUE_MAX
#define SEM_VALUE_MAX 0x7fffffff
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if WASISHIM_REPLACE_SEM_INIT
int wasishim_sem_init(sem_t *, int, unsigned);
#undef sem_init
#define sem_init wasishim_sem_init
#elif WASISHIM_PROVIDE_SEM_INIT
int sem_init(sem_t *, int, unsigned);
#endif
#if WASISHIM_REPLACE_SEM_DESTROY
int wasishim_sem_destroy(sem_t *);
#undef sem_destroy
#define sem_destroy wasishim_sem_destroy
#elif WASISHIM_PROVIDE_SEM_DESTROY
int sem_destroy(sem_t *);
#endif
#if WASISHIM_REPLACE_SEM_POST
int wasishim_sem_post(sem_t *);
#undef sem_post
#define sem_post wasishim_sem_post
#elif WASISHIM_PROVIDE_SEM_POST
int sem_post(sem_t *);
#endif
#if WASISHIM_REPLACE_SEM_WAIT
int wasishim_sem_wait(sem_t *);
#undef sem_wait
#define sem_wait wasishim_sem_wait
#elif WASISHIM_PROVIDE_SEM_WAIT
int sem_wait(sem_t *);
#endif
#if WASISHIM_REPLACE_SEM_TRYWAIT
int wasishim_sem_trywait(sem_t *);
#undef sem_trywait
#define sem_trywait wasishim_sem_trywait
#elif WASISHIM_PROVIDE_SEM_TRYWAIT
int sem_trywait(sem_t *);
#endif
#if WASISHIM_REPLACE_SEM_TIMEDWAIT
int wasishim_sem_timedwait(sem_t *__restrict,
                           const struct timespec *__restrict);
#undef sem_timedwait
#define sem_timedwait wasishim_sem_timedwait
#elif WASISHIM_PROVIDE_SEM_TIMEDWAIT
int sem_timedwait(sem_t *__restrict, const struct timespec *__restrict);
#endif
#if WASISHIM_REPLACE_SEM_GETVALUE
int wasishim_sem_getvalue(sem_t *__restrict, int *__restrict);
#undef sem_getvalue
#define sem_getvalue wasishim_sem_getvalue
#elif WASISHIM_PROVIDE_SEM_GETVALUE
int sem_getvalue(sem_t *__restrict, int *__restrict);
#endif
#if WASISHIM_REPLACE_SEM_OPEN
sem_t *wasishim_sem_open(const char *, int, ...);
#undef sem_open
#define sem_open wasishim_sem_open
#elif WASISHIM_PROVIDE_SEM_OPEN
sem_t *sem_open(const char *, int, ...);
#endif
#if WASISHIM_REPLACE_SEM_CLOSE
int wasishim_sem_close(sem_t *);
#undef sem_close
#define sem_close wasishim_sem_close
#elif WASISHIM_PROVIDE_SEM_CLOSE
int sem_close(sem_t *);
#endif
#if WASISHIM_REPLACE_SEM_UNLINK
int wasishim_sem_unlink(const char *);
#undef sem_unlink
#define sem_unlink wasishim_sem_unlink
#elif WASISHIM_PROVIDE_SEM_UNLINK
int sem_unlink(const char *);
#endif

#ifdef __cplusplus
}
#endif
#endif
