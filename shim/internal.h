/* Prototypes shared between wasishim's replacement files (the .c files in
 * shim/). Internal: nothing here is part of the public surface, and each family
 * keeps its own block. */
#ifndef WASISHIM_INTERNAL_H
#define WASISHIM_INTERNAL_H

/* --- files: futimens/utimensat and realpath --- */
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

/* What resolving a futimens/utimensat times argument needs from the caller,
 * as returned by wasishim__times_needs. */
#define WASISHIM__TIMES_NOW 1     /* the current time */
#define WASISHIM__TIMES_OLD 2     /* the file's current atime and mtime */
#define WASISHIM__TIMES_NOTHING 4 /* both omitted: nothing is to be set */

/* 0 or a mask of WASISHIM__TIMES_*; -1 with errno EINVAL when a tv_nsec is
 * neither UTIME_NOW, UTIME_OMIT nor within [0, 1e9). ts may be NULL. */
int wasishim__times_needs(const struct timespec *ts);

/* Turns ts (NULL, UTIME_NOW, UTIME_OMIT or explicit) into two explicit
 * times in out. now and old may be NULL when wasishim__times_needs did not
 * ask for them. 0, or -1 with errno EINVAL as wasishim__times_needs. */
int wasishim__resolve_times(const struct timespec *ts,
                            const struct timespec *now,
                            const struct timespec *old, struct timespec out[2]);

/* The file system as realpath's walk sees it. Behind callbacks, so that the
 * walk also runs on the host, under the sanitizers and the fuzzer. */
struct wasishim__path_ops {
  /* readlink(2): the target's length, or -1 with errno (EINVAL: not a
   * symbolic link). */
  ssize_t (*readlink)(void *ctx, const char *path, char *buf, size_t size);
  /* 1 if path names a directory, 0 if something else, -1 with errno. */
  int (*is_dir)(void *ctx, const char *path);
  /* getcwd(3). */
  char *(*getcwd)(void *ctx, char *buf, size_t size);
  void *ctx;
};

/* Symbolic links followed in one resolution before ELOOP (Linux's and
 * musl's limit). */
#define WASISHIM__SYMLOOP_MAX 40

/* realpath's walk: writes the absolute path that names the same file as
 * path, with no ".", ".." or symbolic link components and no repeated
 * slashes, into out. out and work are two buffers of size bytes each. 0, or
 * -1 with errno (EINVAL path is NULL, ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG,
 * or what the callbacks give). */
int wasishim__resolve_path(const struct wasishim__path_ops *ops,
                           const char *path, char *out, char *work,
                           size_t size);
/* --- end files --- */

/* --- pthreads: the thread-specific data table (pthread_key_table.c) --- */
#include <errno.h>
/* Plain C, no pthread types, so that it also builds and is tested on the
 * host. Keys are indices; values and destructors are kept per key. Error
 * numbers as POSIX gives them for the pthread_key_* functions. */
#define WASISHIM__KEYS_MAX 128            /* PTHREAD_KEYS_MAX in musl */
#define WASISHIM__DESTRUCTOR_ITERATIONS 4 /* PTHREAD_DESTRUCTOR_ITERATIONS */

/* 0 and a new key in *key whose value is NULL, or EAGAIN when all
 * WASISHIM__KEYS_MAX keys are in use. dtor may be NULL. */
int wasishim__key_create(unsigned *key, void (*dtor)(void *));
/* 0, or EINVAL when key is not a live key. Runs no destructor. */
int wasishim__key_delete(unsigned key);
/* The value of a live key; NULL for any other key. */
void *wasishim__key_get(unsigned key);
/* 0, or EINVAL when key is not a live key. */
int wasishim__key_set(unsigned key, const void *value);
/* The table itself, for the two calls that must cost no more than libc's:
 * wasishim__key_get_inline and wasishim__key_set_inline are those two
 * functions, inline in pthread_getspecific and pthread_setspecific. */
struct wasishim__key_slot {
  int live;
  void (*dtor)(void *);
  void *value;
};
extern struct wasishim__key_slot wasishim__key_table[WASISHIM__KEYS_MAX];
static inline void *wasishim__key_get_inline(unsigned key) {
  if (key >= WASISHIM__KEYS_MAX || !wasishim__key_table[key].live)
    return NULL;
  return wasishim__key_table[key].value;
}
static inline int wasishim__key_set_inline(unsigned key, const void *value) {
  if (key >= WASISHIM__KEYS_MAX || !wasishim__key_table[key].live)
    return EINVAL;
  wasishim__key_table[key].value = (void *)value;
  return 0;
}
/* What POSIX asks at thread exit: for each key with a destructor and a
 * non-NULL value, set the value to NULL and call the destructor with the
 * old value; repeat while destructors set values again, at most
 * WASISHIM__DESTRUCTOR_ITERATIONS rounds. */
void wasishim__key_run_destructors(void);
/* --- end pthreads --- */

/* --- files: readv, writev, preadv, pwritev (modules/readv) --- */
struct iovec;
enum wasishim__vector_op {
  WASISHIM__READV,
  WASISHIM__WRITEV,
  WASISHIM__PREADV,
  WASISHIM__PWRITEV
};
/* The libc's call, then again with the rest of the vector while a count
 * ends at a buffer's end on a regular file. off: for PREADV and PWRITEV. */
ssize_t wasishim__vector_io(int fd, const struct iovec *iov, int n, off_t off,
                            enum wasishim__vector_op op);

#endif
