/* bench/calls.c: how much slower wasishim's replacement of a present-but-
 * broken libc function is than libc's own, on an input where libc's works.
 *
 * Built with wasishim's flags (make print-flags). For every function the
 * shim replaces (WASISHIM_REPLACE_<FN> 1 in wasishim/shim.h) the benchmarks
 * that use it are compiled twice from one macro: once while the wrapper
 * headers' `#define fn wasishim_fn` are in force (the "shim" path: what a
 * program built with wasishim calls), once after #undef-ing them (libc's
 * own symbols). Runs in an empty scratch folder preopened as ".".
 *
 * Output, one line per benchmark, TAB-separated:
 *   name  symbols  libc-ns-per-call  shim-ns-per-call  ratio  control
 * Each round times libc, wasishim, libc; ratio is the median over the
 * rounds of wasishim's time / the mean of the two libc times, control the
 * median of second libc time / first (the noise: 1.000 on a quiet machine),
 * and the ns figures are medians too. Or, when a call fails on the input:
 *   name  symbols  fail  which path failed, on what, errno
 * or, for a replaced function that cannot be timed against libc's:
 *   name  symbols  skip  why
 * Nothing is printed when no benchmark applies. Arguments, if any, name the
 * benchmarks to run (the first column), e.g. `calls.wasm key timedlock`.
 *
 * -DBENCH_ALL=1 compiles every benchmark whatever shim.h says (both paths
 * then call libc where nothing is replaced: a check of the harness and of
 * the noise, ratio about 1.00).
 */
#pragma clang diagnostic ignored "-Wexpansion-to-defined"
/* As CPython's pyconfig.h: futimesat and pthread_getattr_np are GNU. */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#if __has_include(<utime.h>)
#include <utime.h>
#endif
#if __has_include(<sys/utsname.h>)
#include <sys/utsname.h>
#endif
#if __has_include(<pthread.h>)
#include <pthread.h>
#endif
#include <wasishim/shim.h>

#ifndef BENCH_ALL
#define BENCH_ALL 0
#endif
/* R(X): wasishim replaces X on this SDK. RS(X): the same, but not turned
   on by BENCH_ALL (functions some test SDK's libc lacks). */
#define RS(X) (defined(WASISHIM_REPLACE_##X) && WASISHIM_REPLACE_##X)
#define R(X) (BENCH_ALL || RS(X))
#if R(PTHREAD_MUTEX_LOCK) || R(PTHREAD_MUTEX_UNLOCK)
#define B_MUTEX 1
#endif
#if R(PTHREAD_MUTEX_TRYLOCK)
#define B_TRYLOCK 1
#endif
#if R(PTHREAD_SETSPECIFIC) || R(PTHREAD_GETSPECIFIC)
#define B_KEY 1
#endif
#if R(PTHREAD_MUTEX_TIMEDLOCK)
#define B_TIMEDLOCK 1
#endif
#if R(PTHREAD_ONCE)
#define B_ONCE 1
#endif
#if R(PTHREAD_COND_INIT)
#define B_COND_INIT 1
#endif
#if R(PTHREAD_CONDATTR_SETCLOCK) || R(PTHREAD_CONDATTR_GETCLOCK)
#define B_CONDATTR_CLOCK 1
#endif
#if R(PTHREAD_GETATTR_NP)
#define B_GETATTR_NP 1
#endif
#if R(CLOCK_NANOSLEEP)
#define B_CLOCK_NANOSLEEP 1
#endif
#if R(PTHREAD_COND_SIGNAL) || R(PTHREAD_COND_BROADCAST)
#define B_COND_SIGNAL 1
#endif
#if R(FUTIMENS)
#define B_FUTIMENS 1
#endif
#if R(UTIMENSAT)
#define B_UTIMENSAT 1
#endif
#if R(UTIMES)
#define B_UTIMES 1
#endif
#if R(UTIME)
#define B_UTIME 1
#endif
#if R(FUTIMESAT)
#define B_FUTIMESAT 1
#endif
#if R(FSTAT)
#define B_FSTAT 1
#endif
#if R(STAT)
#define B_STAT 1
#endif
#if R(LSTAT)
#define B_LSTAT 1
#endif
#if R(FSTATAT)
#define B_FSTATAT 1
#endif
#if R(OPEN) || R(CLOSE)
#define B_OPEN 1
#endif
/* The vectored calls are replaced only where libc's stops after the first
   buffer under the runtime (wasmtime#7830): then there is no input of
   several buffers where libc's works, and they are not timed (SKIP below);
   BENCH_ALL times them where they are not replaced. */
#if R(READV) && !RS(READV)
#define B_READV 1
#endif
#if R(PREADV) && !RS(PREADV)
#define B_PREADV 1
#endif
#if R(WRITEV) && !RS(WRITEV)
#define B_WRITEV 1
#endif
#if R(PWRITEV) && !RS(PWRITEV)
#define B_PWRITEV 1
#endif
#if R(FTRUNCATE)
#define B_FTRUNCATE 1
#endif
#if R(GETCWD)
#define B_GETCWD 1
#endif
#if R(CHDIR)
#define B_CHDIR 1
#endif
#if R(REALPATH)
#define B_REALPATH 1
#endif
#if R(READLINK)
#define B_READLINK 1
#endif
#if R(READDIR) || R(REWINDDIR)
#define B_READDIR 1
#endif
#if R(MKDIR) || R(RMDIR)
#define B_MKDIR 1
#endif
#if R(RENAME)
#define B_RENAME 1
#endif
#if RS(DUP2)
#define B_DUP 1
#endif
#if R(UNAME)
#define B_UNAME 1
#endif
#if RS(GETHOSTNAME)
#define B_GETHOSTNAME 1
#endif
#if R(GETENTROPY)
#define B_GETENTROPY 1
#endif
#if R(CLOCK_GETTIME)
#define B_CLOCK_GETTIME 1
#endif

static int64_t now_ns(void);
/* What the loops compute goes here, so that none is optimised away (unused
   where no benchmark is built: the 2022 libc). */
static volatile long sink __attribute__((unused));
#define FAIL(what)                                                             \
  do {                                                                         \
    fail_why = what;                                                           \
    fail_errno = errno;                                                        \
    return -1;                                                                 \
  } while (0)
static const char *fail_why;
static int fail_errno;

/* Each DEF_<name>(tag, functions...) defines tag_<name>(n): n calls, with
   setup and teardown outside the timed part; the elapsed ns, or -1 with
   fail_why set. */
#define DEF_MUTEX(tag, INIT, LOCK, UNLOCK, DESTROY)                            \
  static int64_t tag##_mutex(long n) {                                         \
    pthread_mutex_t m;                                                         \
    if (INIT(&m, NULL) != 0)                                                   \
      FAIL("pthread_mutex_init");                                              \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (LOCK(&m) != 0 || UNLOCK(&m) != 0)                                    \
        FAIL("pthread_mutex_lock/unlock");                                     \
    int64_t t = now_ns() - t0;                                                 \
    DESTROY(&m);                                                               \
    return t;                                                                  \
  }
#define DEF_TRYLOCK(tag, INIT, TRYLOCK, UNLOCK, DESTROY)                       \
  static int64_t tag##_trylock(long n) {                                       \
    pthread_mutex_t m;                                                         \
    if (INIT(&m, NULL) != 0)                                                   \
      FAIL("pthread_mutex_init");                                              \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (TRYLOCK(&m) != 0 || UNLOCK(&m) != 0)                                 \
        FAIL("pthread_mutex_trylock/unlock");                                  \
    int64_t t = now_ns() - t0;                                                 \
    DESTROY(&m);                                                               \
    return t;                                                                  \
  }
/* One key a path, never deleted: libc's pthread_key_delete may not return
   (probe pthread_key_delete_returns). */
/* An unlocked normal mutex and a deadline far ahead: no waiting. */
#define DEF_TIMEDLOCK(tag, INIT, TIMEDLOCK, UNLOCK, DESTROY)                   \
  static int64_t tag##_timedlock(long n) {                                     \
    pthread_mutex_t m;                                                         \
    struct timespec later = {4000000000, 0};                                   \
    if (INIT(&m, NULL) != 0)                                                   \
      FAIL("pthread_mutex_init");                                              \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (TIMEDLOCK(&m, &later) != 0 || UNLOCK(&m) != 0)                       \
        FAIL("pthread_mutex_timedlock/unlock");                                \
    int64_t t = now_ns() - t0;                                                 \
    DESTROY(&m);                                                               \
    return t;                                                                  \
  }
#define DEF_COND_INIT(tag, INIT, DESTROY)                                      \
  static int64_t tag##_cond_init(long n) {                                     \
    pthread_cond_t c;                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (INIT(&c, NULL) != 0 || DESTROY(&c) != 0)                             \
        FAIL("pthread_cond_init/destroy");                                     \
    return now_ns() - t0;                                                      \
  }
/* CLOCK_REALTIME, the clock every libc's condition variables take. */
#define DEF_CONDATTR_CLOCK(tag, INIT, SETCLOCK, GETCLOCK, DESTROY)             \
  static int64_t tag##_condattr_clock(long n) {                                \
    pthread_condattr_t a;                                                      \
    clockid_t c;                                                               \
    if (INIT(&a) != 0)                                                         \
      FAIL("pthread_condattr_init");                                           \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (SETCLOCK(&a, CLOCK_REALTIME) != 0 || GETCLOCK(&a, &c) != 0)          \
        FAIL("pthread_condattr_setclock/getclock");                            \
    int64_t t = now_ns() - t0;                                                 \
    DESTROY(&a);                                                               \
    return t;                                                                  \
  }
#define DEF_GETATTR_NP(tag, GETATTR_NP, ATTR_DESTROY)                          \
  static int64_t tag##_getattr_np(long n) {                                    \
    pthread_attr_t a;                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (GETATTR_NP(pthread_self(), &a) != 0 || ATTR_DESTROY(&a) != 0)        \
        FAIL("pthread_getattr_np/attr_destroy");                               \
    return now_ns() - t0;                                                      \
  }
/* A relative sleep of 0: what libc's gets right (absolute times are what
   it gets wrong). */
#define DEF_CLOCK_NANOSLEEP(tag, CLOCK_NANOSLEEP)                              \
  static int64_t tag##_clock_nanosleep(long n) {                               \
    struct timespec zero = {0, 0};                                             \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (CLOCK_NANOSLEEP(CLOCK_MONOTONIC, 0, &zero, NULL) != 0)               \
        FAIL("clock_nanosleep");                                               \
    return now_ns() - t0;                                                      \
  }
#define DEF_KEY(tag, CREATE, SET, GET)                                         \
  static int64_t tag##_key(long n) {                                           \
    static pthread_key_t k;                                                    \
    static int made, x;                                                        \
    if (!made && CREATE(&k, NULL) != 0)                                        \
      FAIL("pthread_key_create");                                              \
    made = 1;                                                                  \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      if (SET(k, &x + (i & 1)) != 0)                                           \
        FAIL("pthread_setspecific");                                           \
      sink += (GET(k) != NULL);                                                \
    }                                                                          \
    return now_ns() - t0;                                                      \
  }
#ifdef B_ONCE
static void once_fn(void) {
  sink++;
}
#endif
#define DEF_ONCE(tag, ONCE)                                                    \
  static int64_t tag##_once(long n) {                                          \
    static pthread_once_t o = PTHREAD_ONCE_INIT;                               \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (ONCE(&o, once_fn) != 0)                                              \
        FAIL("pthread_once");                                                  \
    return now_ns() - t0;                                                      \
  }
#define DEF_COND_SIGNAL(tag, INIT, SIGNAL, BROADCAST, DESTROY)                 \
  static int64_t tag##_cond_signal(long n) {                                   \
    pthread_cond_t c;                                                          \
    if (INIT(&c, NULL) != 0)                                                   \
      FAIL("pthread_cond_init");                                               \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (SIGNAL(&c) != 0 || BROADCAST(&c) != 0)                               \
        FAIL("pthread_cond_signal/broadcast");                                 \
    int64_t t = now_ns() - t0;                                                 \
    DESTROY(&c);                                                               \
    return t;                                                                  \
  }
#define DEF_FUTIMENS(tag, FUTIMENS)                                            \
  static int64_t tag##_futimens(long n) {                                      \
    int fd = open("f", O_RDWR);                                                \
    if (fd < 0)                                                                \
      FAIL("open f");                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      struct timespec ts[2] = {{1000000000 + i, 0}, {1100000000 + i, 0}};      \
      if (FUTIMENS(fd, ts) != 0)                                               \
        FAIL("futimens");                                                      \
    }                                                                          \
    int64_t t = now_ns() - t0;                                                 \
    close(fd);                                                                 \
    return t;                                                                  \
  }
#define DEF_UTIMENSAT(tag, UTIMENSAT)                                          \
  static int64_t tag##_utimensat(long n) {                                     \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      struct timespec ts[2] = {{1000000000 + i, 0}, {1100000000 + i, 0}};      \
      if (UTIMENSAT(AT_FDCWD, "f", ts, 0) != 0)                                \
        FAIL("utimensat");                                                     \
    }                                                                          \
    return now_ns() - t0;                                                      \
  }
#define DEF_UTIMES(tag, UTIMES)                                                \
  static int64_t tag##_utimes(long n) {                                        \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      struct timeval tv[2] = {{1000000000 + i, 0}, {1100000000 + i, 0}};       \
      if (UTIMES("f", tv) != 0)                                                \
        FAIL("utimes");                                                        \
    }                                                                          \
    return now_ns() - t0;                                                      \
  }
#define DEF_UTIME(tag, UTIME)                                                  \
  static int64_t tag##_utime(long n) {                                         \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      struct utimbuf u = {1000000000 + i, 1100000000 + i};                     \
      if (UTIME("f", &u) != 0)                                                 \
        FAIL("utime");                                                         \
    }                                                                          \
    return now_ns() - t0;                                                      \
  }
#define DEF_FUTIMESAT(tag, FUTIMESAT)                                          \
  static int64_t tag##_futimesat(long n) {                                     \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      struct timeval tv[2] = {{1000000000 + i, 0}, {1100000000 + i, 0}};       \
      if (FUTIMESAT(AT_FDCWD, "f", tv) != 0)                                   \
        FAIL("futimesat");                                                     \
    }                                                                          \
    return now_ns() - t0;                                                      \
  }
#define DEF_FSTAT(tag, FSTAT)                                                  \
  static int64_t tag##_fstat(long n) {                                         \
    struct stat st;                                                            \
    int fd = open("f", O_RDONLY);                                              \
    if (fd < 0)                                                                \
      FAIL("open f");                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (FSTAT(fd, &st) != 0)                                                 \
        FAIL("fstat");                                                         \
    int64_t t = now_ns() - t0;                                                 \
    close(fd);                                                                 \
    return t;                                                                  \
  }
#define DEF_PATHSTAT(tag, name, STATFN)                                        \
  static int64_t tag##_##name(long n) {                                        \
    struct stat st;                                                            \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (STATFN("f", &st) != 0)                                               \
        FAIL(#name);                                                           \
    return now_ns() - t0;                                                      \
  }
#define DEF_FSTATAT(tag, FSTATAT)                                              \
  static int64_t tag##_fstatat(long n) {                                       \
    struct stat st;                                                            \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (FSTATAT(AT_FDCWD, "f", &st, 0) != 0)                                 \
        FAIL("fstatat");                                                       \
    return now_ns() - t0;                                                      \
  }
#define DEF_OPEN(tag, OPEN, CLOSE)                                             \
  static int64_t tag##_open(long n) {                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      int fd = OPEN("f", O_RDONLY);                                            \
      if (fd < 0 || CLOSE(fd) != 0)                                            \
        FAIL("open/close");                                                    \
    }                                                                          \
    return now_ns() - t0;                                                      \
  }
/* Two buffers, so that a vectored call that does only the first shows. */
#define DEF_IOV(tag, name, CALL, FLAGS, RESET)                                 \
  static int64_t tag##_##name(long n) {                                        \
    char a[100], b[200];                                                       \
    memset(a, 'a', sizeof a);                                                  \
    memset(b, 'b', sizeof b);                                                  \
    struct iovec iov[2] = {{a, sizeof a}, {b, sizeof b}};                      \
    int fd = open("f", FLAGS);                                                 \
    if (fd < 0)                                                                \
      FAIL("open f");                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      if (CALL != 300)                                                         \
        FAIL(#name " did not transfer 300 bytes");                             \
      RESET;                                                                   \
    }                                                                          \
    int64_t t = now_ns() - t0;                                                 \
    close(fd);                                                                 \
    return t;                                                                  \
  }
#define DEF_FTRUNCATE(tag, FTRUNCATE)                                          \
  static int64_t tag##_ftruncate(long n) {                                     \
    int fd = open("t", O_RDWR | O_CREAT, 0644);                                \
    if (fd < 0)                                                                \
      FAIL("open t");                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (FTRUNCATE(fd, 100 + 100 * (i & 1)) != 0)                             \
        FAIL("ftruncate");                                                     \
    int64_t t = now_ns() - t0;                                                 \
    close(fd);                                                                 \
    return t;                                                                  \
  }
#define DEF_GETCWD(tag, GETCWD)                                                \
  static int64_t tag##_getcwd(long n) {                                        \
    char buf[256];                                                             \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (GETCWD(buf, sizeof buf) == NULL)                                     \
        FAIL("getcwd");                                                        \
    return now_ns() - t0;                                                      \
  }
#define DEF_CHDIR(tag, CHDIR)                                                  \
  static int64_t tag##_chdir(long n) {                                         \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (CHDIR((i & 1) ? ".." : "d") != 0)                                    \
        FAIL("chdir");                                                         \
    int64_t t = now_ns() - t0;                                                 \
    if (n & 1)                                                                 \
      CHDIR("..");                                                             \
    return t;                                                                  \
  }
#define DEF_REALPATH(tag, REALPATH)                                            \
  static int64_t tag##_realpath(long n) {                                      \
    char buf[4096];                                                            \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (REALPATH("f", buf) == NULL)                                          \
        FAIL("realpath");                                                      \
    return now_ns() - t0;                                                      \
  }
#define DEF_READLINK(tag, READLINK)                                            \
  static int64_t tag##_readlink(long n) {                                      \
    char buf[64];                                                              \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (READLINK("l", buf, sizeof buf) != 1)                                 \
        FAIL("readlink (symlink l -> f)");                                     \
    return now_ns() - t0;                                                      \
  }
#define DEF_READDIR(tag, OPENDIR, READDIR, REWINDDIR, CLOSEDIR)                \
  static int64_t tag##_readdir(long n) {                                       \
    DIR *d = OPENDIR(".");                                                     \
    if (d == NULL)                                                             \
      FAIL("opendir");                                                         \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++) {                                             \
      REWINDDIR(d);                                                            \
      while (READDIR(d) != NULL)                                               \
        sink++;                                                                \
    }                                                                          \
    int64_t t = now_ns() - t0;                                                 \
    CLOSEDIR(d);                                                               \
    return t;                                                                  \
  }
#define DEF_MKDIR(tag, MKDIR, RMDIR)                                           \
  static int64_t tag##_mkdir(long n) {                                         \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (MKDIR("m", 0755) != 0 || RMDIR("m") != 0)                            \
        FAIL("mkdir/rmdir");                                                   \
    return now_ns() - t0;                                                      \
  }
#define DEF_RENAME(tag, RENAME)                                                \
  static int64_t tag##_rename(long n) {                                        \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (RENAME((i & 1) ? "g" : "f", (i & 1) ? "f" : "g") != 0)               \
        FAIL("rename");                                                        \
    int64_t t = now_ns() - t0;                                                 \
    if (n & 1)                                                                 \
      RENAME("g", "f");                                                        \
    return t;                                                                  \
  }
#define DEF_DUP(tag, DUP2)                                                     \
  static int64_t tag##_dup(long n) {                                           \
    int fd = open("f", O_RDONLY);                                              \
    int fd2 = open("f", O_RDONLY);                                             \
    if (fd < 0 || fd2 < 0)                                                     \
      FAIL("open f");                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (DUP2(fd, fd2) != fd2)                                                \
        FAIL("dup2");                                                          \
    int64_t t = now_ns() - t0;                                                 \
    close(fd2);                                                                \
    close(fd);                                                                 \
    return t;                                                                  \
  }
#define DEF_UNAME(tag, UNAME)                                                  \
  static int64_t tag##_uname(long n) {                                         \
    struct utsname u;                                                          \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (UNAME(&u) != 0)                                                      \
        FAIL("uname");                                                         \
    return now_ns() - t0;                                                      \
  }
#define DEF_GETHOSTNAME(tag, GETHOSTNAME)                                      \
  static int64_t tag##_gethostname(long n) {                                   \
    char buf[256];                                                             \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (GETHOSTNAME(buf, sizeof buf) != 0)                                   \
        FAIL("gethostname");                                                   \
    return now_ns() - t0;                                                      \
  }
#define DEF_GETENTROPY(tag, GETENTROPY)                                        \
  static int64_t tag##_getentropy(long n) {                                    \
    unsigned char buf[16];                                                     \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (GETENTROPY(buf, sizeof buf) != 0)                                    \
        FAIL("getentropy");                                                    \
    return now_ns() - t0;                                                      \
  }
#define DEF_CLOCK_GETTIME(tag, CLOCK_GETTIME)                                  \
  static int64_t tag##_clock_gettime(long n) {                                 \
    struct timespec ts;                                                        \
    int64_t t0 = now_ns();                                                     \
    for (long i = 0; i < n; i++)                                               \
      if (CLOCK_GETTIME(CLOCK_MONOTONIC, &ts) != 0)                            \
        FAIL("clock_gettime");                                                 \
    return now_ns() - t0;                                                      \
  }

/* The benchmarks, as the program calls them: FUNCTIONS(tag) expands every
   one that applies. Read twice: before the #undefs (tag shim) and after
   (tag libc). */
#ifdef B_MUTEX
#define F_MUTEX(t)                                                             \
  DEF_MUTEX(t, pthread_mutex_init, pthread_mutex_lock, pthread_mutex_unlock,   \
            pthread_mutex_destroy)
#else
#define F_MUTEX(t)
#endif
#ifdef B_TRYLOCK
#define F_TRYLOCK(t)                                                           \
  DEF_TRYLOCK(t, pthread_mutex_init, pthread_mutex_trylock,                    \
              pthread_mutex_unlock, pthread_mutex_destroy)
#else
#define F_TRYLOCK(t)
#endif
#ifdef B_TIMEDLOCK
#define F_TIMEDLOCK(t)                                                         \
  DEF_TIMEDLOCK(t, pthread_mutex_init, pthread_mutex_timedlock,                \
                pthread_mutex_unlock, pthread_mutex_destroy)
#else
#define F_TIMEDLOCK(t)
#endif
#ifdef B_COND_INIT
#define F_COND_INIT(t) DEF_COND_INIT(t, pthread_cond_init, pthread_cond_destroy)
#else
#define F_COND_INIT(t)
#endif
#ifdef B_CONDATTR_CLOCK
#define F_CONDATTR_CLOCK(t)                                                    \
  DEF_CONDATTR_CLOCK(t, pthread_condattr_init, pthread_condattr_setclock,      \
                     pthread_condattr_getclock, pthread_condattr_destroy)
#else
#define F_CONDATTR_CLOCK(t)
#endif
#ifdef B_GETATTR_NP
#define F_GETATTR_NP(t)                                                        \
  DEF_GETATTR_NP(t, pthread_getattr_np, pthread_attr_destroy)
#else
#define F_GETATTR_NP(t)
#endif
#ifdef B_CLOCK_NANOSLEEP
#define F_CLOCK_NANOSLEEP(t) DEF_CLOCK_NANOSLEEP(t, clock_nanosleep)
#else
#define F_CLOCK_NANOSLEEP(t)
#endif
#ifdef B_UTIMES
#define F_UTIMES(t) DEF_UTIMES(t, utimes)
#else
#define F_UTIMES(t)
#endif
#ifdef B_UTIME
#define F_UTIME(t) DEF_UTIME(t, utime)
#else
#define F_UTIME(t)
#endif
#ifdef B_FUTIMESAT
#define F_FUTIMESAT(t) DEF_FUTIMESAT(t, futimesat)
#else
#define F_FUTIMESAT(t)
#endif
#ifdef B_KEY
#define F_KEY(t)                                                               \
  DEF_KEY(t, pthread_key_create, pthread_setspecific, pthread_getspecific)
#else
#define F_KEY(t)
#endif
#ifdef B_ONCE
#define F_ONCE(t) DEF_ONCE(t, pthread_once)
#else
#define F_ONCE(t)
#endif
#ifdef B_COND_SIGNAL
#define F_COND_SIGNAL(t)                                                       \
  DEF_COND_SIGNAL(t, pthread_cond_init, pthread_cond_signal,                   \
                  pthread_cond_broadcast, pthread_cond_destroy)
#else
#define F_COND_SIGNAL(t)
#endif
#ifdef B_FUTIMENS
#define F_FUTIMENS(t) DEF_FUTIMENS(t, futimens)
#else
#define F_FUTIMENS(t)
#endif
#ifdef B_UTIMENSAT
#define F_UTIMENSAT(t) DEF_UTIMENSAT(t, utimensat)
#else
#define F_UTIMENSAT(t)
#endif
#ifdef B_FSTAT
#define F_FSTAT(t) DEF_FSTAT(t, fstat)
#else
#define F_FSTAT(t)
#endif
#ifdef B_STAT
#define F_STAT(t) DEF_PATHSTAT(t, stat, stat)
#else
#define F_STAT(t)
#endif
#ifdef B_LSTAT
#define F_LSTAT(t) DEF_PATHSTAT(t, lstat, lstat)
#else
#define F_LSTAT(t)
#endif
#ifdef B_FSTATAT
#define F_FSTATAT(t) DEF_FSTATAT(t, fstatat)
#else
#define F_FSTATAT(t)
#endif
#ifdef B_OPEN
#define F_OPEN(t) DEF_OPEN(t, open, close)
#else
#define F_OPEN(t)
#endif
#ifdef B_READV
#define F_READV(t)                                                             \
  DEF_IOV(t, readv, readv(fd, iov, 2), O_RDONLY, lseek(fd, 0, SEEK_SET))
#else
#define F_READV(t)
#endif
#ifdef B_PREADV
#define F_PREADV(t) DEF_IOV(t, preadv, preadv(fd, iov, 2, 0), O_RDONLY, (void)0)
#else
#define F_PREADV(t)
#endif
#ifdef B_WRITEV
#define F_WRITEV(t)                                                            \
  DEF_IOV(t, writev, writev(fd, iov, 2), O_WRONLY | O_CREAT,                   \
          lseek(fd, 0, SEEK_SET))
#else
#define F_WRITEV(t)
#endif
#ifdef B_PWRITEV
#define F_PWRITEV(t)                                                           \
  DEF_IOV(t, pwritev, pwritev(fd, iov, 2, 0), O_WRONLY | O_CREAT, (void)0)
#else
#define F_PWRITEV(t)
#endif
#ifdef B_FTRUNCATE
#define F_FTRUNCATE(t) DEF_FTRUNCATE(t, ftruncate)
#else
#define F_FTRUNCATE(t)
#endif
#ifdef B_GETCWD
#define F_GETCWD(t) DEF_GETCWD(t, getcwd)
#else
#define F_GETCWD(t)
#endif
#ifdef B_CHDIR
#define F_CHDIR(t) DEF_CHDIR(t, chdir)
#else
#define F_CHDIR(t)
#endif
#ifdef B_REALPATH
#define F_REALPATH(t) DEF_REALPATH(t, realpath)
#else
#define F_REALPATH(t)
#endif
#ifdef B_READLINK
#define F_READLINK(t) DEF_READLINK(t, readlink)
#else
#define F_READLINK(t)
#endif
#ifdef B_READDIR
#define F_READDIR(t) DEF_READDIR(t, opendir, readdir, rewinddir, closedir)
#else
#define F_READDIR(t)
#endif
#ifdef B_MKDIR
#define F_MKDIR(t) DEF_MKDIR(t, mkdir, rmdir)
#else
#define F_MKDIR(t)
#endif
#ifdef B_RENAME
#define F_RENAME(t) DEF_RENAME(t, rename)
#else
#define F_RENAME(t)
#endif
#ifdef B_DUP
#define F_DUP(t) DEF_DUP(t, dup2)
#else
#define F_DUP(t)
#endif
#ifdef B_UNAME
#define F_UNAME(t) DEF_UNAME(t, uname)
#else
#define F_UNAME(t)
#endif
#ifdef B_GETHOSTNAME
#define F_GETHOSTNAME(t) DEF_GETHOSTNAME(t, gethostname)
#else
#define F_GETHOSTNAME(t)
#endif
#ifdef B_GETENTROPY
#define F_GETENTROPY(t) DEF_GETENTROPY(t, getentropy)
#else
#define F_GETENTROPY(t)
#endif
#ifdef B_CLOCK_GETTIME
#define F_CLOCK_GETTIME(t) DEF_CLOCK_GETTIME(t, clock_gettime)
#else
#define F_CLOCK_GETTIME(t)
#endif

/* clang-format off: one function a line, which it would join. */
#define FUNCTIONS(t)                                                           \
  F_MUTEX(t)                                                                   \
  F_TRYLOCK(t)                                                                 \
  F_TIMEDLOCK(t)                                                               \
  F_COND_INIT(t)                                                               \
  F_CONDATTR_CLOCK(t)                                                          \
  F_GETATTR_NP(t)                                                              \
  F_CLOCK_NANOSLEEP(t)                                                         \
  F_UTIMES(t)                                                                  \
  F_UTIME(t)                                                                   \
  F_FUTIMESAT(t)                                                               \
  F_KEY(t)                                                                     \
  F_ONCE(t)                                                                    \
  F_COND_SIGNAL(t)                                                             \
  F_FUTIMENS(t)                                                                \
  F_UTIMENSAT(t)                                                               \
  F_FSTAT(t)                                                                   \
  F_STAT(t)                                                                    \
  F_LSTAT(t)                                                                   \
  F_FSTATAT(t)                                                                 \
  F_OPEN(t)                                                                    \
  F_READV(t)                                                                   \
  F_PREADV(t)                                                                  \
  F_WRITEV(t)                                                                  \
  F_PWRITEV(t)                                                                 \
  F_FTRUNCATE(t)                                                               \
  F_GETCWD(t)                                                                  \
  F_CHDIR(t)                                                                   \
  F_REALPATH(t)                                                                \
  F_READLINK(t)                                                                \
  F_READDIR(t)                                                                 \
  F_MKDIR(t)                                                                   \
  F_RENAME(t)                                                                  \
  F_DUP(t)                                                                     \
  F_UNAME(t)                                                                   \
  F_GETHOSTNAME(t)                                                             \
  F_GETENTROPY(t)                                                              \
  F_CLOCK_GETTIME(t)
/* clang-format on */

/* The shim path: the wrapper headers' macros are in force here. */
FUNCTIONS(shim)

/* libc's own functions from here on. */
#undef pthread_mutex_init
#undef pthread_mutex_lock
#undef pthread_mutex_trylock
#undef pthread_mutex_unlock
#undef pthread_mutex_destroy
#undef pthread_mutex_timedlock
#undef pthread_condattr_init
#undef pthread_condattr_setclock
#undef pthread_condattr_getclock
#undef pthread_condattr_destroy
#undef pthread_getattr_np
#undef pthread_attr_destroy
#undef pthread_self
#undef clock_nanosleep
#undef utimes
#undef utime
#undef futimesat
#undef pthread_key_create
#undef pthread_setspecific
#undef pthread_getspecific
#undef pthread_key_delete
#undef pthread_once
#undef pthread_cond_init
#undef pthread_cond_signal
#undef pthread_cond_broadcast
#undef pthread_cond_destroy
#undef pthread_cond_timedwait
#undef futimens
#undef utimensat
#undef fstat
#undef stat
#undef lstat
#undef fstatat
#undef open
#undef close
#undef readv
#undef preadv
#undef writev
#undef pwritev
#undef lseek
#undef ftruncate
#undef getcwd
#undef chdir
#undef realpath
#undef readlink
#undef opendir
#undef readdir
#undef rewinddir
#undef closedir
#undef mkdir
#undef rmdir
#undef rename
#undef dup2
#undef uname
#undef gethostname
#undef getentropy
#undef clock_gettime
FUNCTIONS(libc)

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

struct bench {
  const char *name;
  const char *symbols;
  int64_t (*shim)(long);
  int64_t (*libc)(long);
  const char *skip;
};
#define ROW(name, symbols) {#name, symbols, shim_##name, libc_##name, NULL}
/* A replaced function that cannot be timed against libc's: why. */
#define SKIP(name, symbols, why) {#name, symbols, NULL, NULL, why}
static const struct bench benches[] = {
#ifdef B_MUTEX
    ROW(mutex, "pthread_mutex_lock pthread_mutex_unlock"),
#endif
#ifdef B_TRYLOCK
    ROW(trylock, "pthread_mutex_trylock"),
#endif
#ifdef B_TIMEDLOCK
    ROW(timedlock, "pthread_mutex_timedlock"),
#endif
#ifdef B_COND_INIT
    ROW(cond_init, "pthread_cond_init"),
#endif
#ifdef B_CONDATTR_CLOCK
    ROW(condattr_clock, "pthread_condattr_setclock pthread_condattr_getclock"),
#endif
#ifdef B_GETATTR_NP
    ROW(getattr_np, "pthread_getattr_np"),
#endif
#ifdef B_CLOCK_NANOSLEEP
    ROW(clock_nanosleep, "clock_nanosleep"),
#endif
#ifdef B_UTIMES
    ROW(utimes, "utimes"),
#endif
#ifdef B_UTIME
    ROW(utime, "utime"),
#endif
#ifdef B_FUTIMESAT
    ROW(futimesat, "futimesat"),
#endif
#ifdef B_KEY
    ROW(key, "pthread_setspecific pthread_getspecific"),
#endif
#ifdef B_ONCE
    ROW(once, "pthread_once"),
#endif
#ifdef B_COND_SIGNAL
    ROW(cond_signal, "pthread_cond_signal pthread_cond_broadcast"),
#endif
#ifdef B_FUTIMENS
    ROW(futimens, "futimens"),
#endif
#ifdef B_UTIMENSAT
    ROW(utimensat, "utimensat"),
#endif
#ifdef B_FSTAT
    ROW(fstat, "fstat"),
#endif
#ifdef B_STAT
    ROW(stat, "stat"),
#endif
#ifdef B_LSTAT
    ROW(lstat, "lstat"),
#endif
#ifdef B_FSTATAT
    ROW(fstatat, "fstatat"),
#endif
#ifdef B_OPEN
    ROW(open, "open close"),
#endif
#ifdef B_READV
    ROW(readv, "readv"),
#endif
#ifdef B_PREADV
    ROW(preadv, "preadv"),
#endif
#ifdef B_WRITEV
    ROW(writev, "writev"),
#endif
#ifdef B_PWRITEV
    ROW(pwritev, "pwritev"),
#endif
#ifdef B_FTRUNCATE
    ROW(ftruncate, "ftruncate"),
#endif
#ifdef B_GETCWD
    ROW(getcwd, "getcwd"),
#endif
#ifdef B_REALPATH
    ROW(realpath, "realpath"),
#endif
#ifdef B_READLINK
    ROW(readlink, "readlink"),
#endif
#ifdef B_READDIR
    ROW(readdir, "readdir rewinddir"),
#endif
#ifdef B_MKDIR
    ROW(mkdir, "mkdir rmdir"),
#endif
#ifdef B_RENAME
    ROW(rename, "rename"),
#endif
#ifdef B_DUP
    ROW(dup, "dup2"),
#endif
#ifdef B_UNAME
    ROW(uname, "uname"),
#endif
#ifdef B_GETHOSTNAME
    ROW(gethostname, "gethostname"),
#endif
#ifdef B_GETENTROPY
    ROW(getentropy, "getentropy"),
#endif
#ifdef B_CLOCK_GETTIME
    ROW(clock_gettime, "clock_gettime"),
#endif
/* Last: libc's cwd after chdir("d"), chdir("..") is "/d/..", which upsets
   its realpath. */
#ifdef B_CHDIR
    ROW(chdir, "chdir"),
#endif
/* No input where libc's works, or none that returns. */
#if RS(READV) || RS(PREADV) || RS(WRITEV) || RS(PWRITEV)
    SKIP(vectored, "readv preadv writev pwritev",
         "libc's stops after the first buffer under this runtime (probes "
         "readv_multi_works and the like): no input of several buffers where "
         "it works"),
#endif
#if RS(PTHREAD_COND_TIMEDWAIT) || RS(PTHREAD_COND_WAIT)
    SKIP(cond_wait, "pthread_cond_timedwait pthread_cond_wait",
         "libc's may never return (probes pthread_cond_timedwait_times_out, "
         "pthread_cond_wait_unsignalled_returns)"),
#endif
#if RS(PTHREAD_KEY_DELETE) || RS(PTHREAD_KEY_CREATE)
    SKIP(key_create, "pthread_key_create pthread_key_delete",
         "libc's delete may never return (probe pthread_key_delete_returns), "
         "so keys cannot be made in a loop"),
#endif
#if RS(PTHREAD_CREATE) || RS(PTHREAD_JOIN) || RS(PTHREAD_EXIT)
    SKIP(threads, "pthread_create pthread_join pthread_exit",
         "no thread can start on this target, with libc's or wasishim's"),
#endif
    {NULL, NULL, NULL, NULL, NULL},
};

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#define ROUNDS 11
/* Rounds of about this long for the libc path. */
#define ROUND_NS 20000000

/* One call of a path: its time, or -1 after printing why it failed. */
static int64_t timed(const struct bench *b, int shim, long n) {
  fail_why = NULL;
  int64_t t = shim ? b->shim(n) : b->libc(n);
  if (t < 0)
    printf("%s\t%s\tfail\t%s path: %s failed (errno %d)\n", b->name, b->symbols,
           shim ? "wasishim" : "libc", fail_why ? fail_why : "?", fail_errno);
  return t;
}

static void run(const struct bench *b) {
  double ratio[ROUNDS], control[ROUNDS], ns_libc[ROUNDS], ns_shim[ROUNDS];
  long n = 16;
  if (b->skip) {
    printf("%s\t%s\tskip\t%s\n", b->name, b->symbols, b->skip);
    return;
  }
  /* Warm up both paths (the runtime compiles lazily), then size a round. */
  if (timed(b, 0, n) < 0 || timed(b, 1, n) < 0)
    return;
  for (;;) {
    int64_t t = timed(b, 0, n);
    if (t < 0)
      return;
    if (t >= ROUND_NS / 4 || n >= (1L << 24)) {
      if (t > 0 && t < ROUND_NS)
        n = (long)((double)n * ROUND_NS / (double)t);
      break;
    }
    n *= 4;
  }
  if (n < 1)
    n = 1;
  /* Two rounds untimed, so that the runtime has optimised both paths. */
  for (int r = 0; r < 2; r++)
    if (timed(b, 1, n) < 0 || timed(b, 0, n) < 0)
      return;
  /* libc, wasishim, libc: the shim run is compared with the mean of the
     two around it (a slow drift cancels), and the two libc runs with each
     other (the control: how far apart the same code lands). */
  for (int r = 0; r < ROUNDS; r++) {
    int64_t a1 = timed(b, 0, n);
    int64_t s1 = a1 < 0 ? -1 : timed(b, 1, n);
    int64_t a2 = s1 < 0 ? -1 : timed(b, 0, n);
    if (a2 < 0)
      return;
    double a = ((double)a1 + (double)a2) / 2;
    ns_libc[r] = a / (double)n;
    ns_shim[r] = (double)s1 / (double)n;
    ratio[r] = a > 0 ? (double)s1 / a : 1.0;
    control[r] = a1 > 0 ? (double)a2 / (double)a1 : 1.0;
  }
  printf("%s\t%s\t%.1f\t%.1f\t%.3f\t%.3f\n", b->name, b->symbols,
         median(ns_libc, ROUNDS), median(ns_shim, ROUNDS),
         median(ratio, ROUNDS), median(control, ROUNDS));
}

/* With arguments, only the benchmarks they name (make bench runs them all). */
static int wanted(const struct bench *b, int argc, char **argv) {
  if (argc < 2)
    return 1;
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], b->name) == 0)
      return 1;
  return 0;
}

int main(int argc, char **argv) {
  /* The inputs: a 4 KB file f, a folder d, a symbolic link l -> f. */
  static char block[4096];
  int fd = open("f", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, block, sizeof block) != (ssize_t)sizeof block ||
      close(fd) != 0) {
    fprintf(stderr, "calls: cannot create the input file f (errno %d)\n",
            errno);
    return 2;
  }
  mkdir("d", 0755);
  symlink("f", "l");
  setvbuf(stdout, NULL, _IOLBF, 0);
  for (const struct bench *b = benches; b->name; b++)
    if (wanted(b, argc, argv))
      run(b);
  return 0;
}
