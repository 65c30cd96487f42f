/* A made-up file system behind struct wasishim__path_ops, for the host
 * tests and the fuzzer of realpath's walk (shim/resolve_path.c). */
#ifndef WASISHIM_TESTS_FAKEFS_H
#define WASISHIM_TESTS_FAKEFS_H
#include <stddef.h>

#include "internal.h"

#define FAKEFS_MAX 64

struct fakefs_entry {
  char type;          /* 'd' directory, 'f' file, 'l' symbolic link */
  const char *path;   /* absolute, canonical: "/a/b" */
  const char *target; /* links only */
  int err;            /* non-zero: readlink and is_dir fail with it */
};

struct fakefs {
  struct fakefs_entry e[FAKEFS_MAX];
  size_t n;
  const char *cwd; /* NULL: getcwd fails with cwd_err */
  int cwd_err;
  /* Set when the walk asked about a path no real walk would: one whose
   * prefix is not a directory of the table. */
  int misuse;
  struct wasishim__path_ops ops;
};

/* An empty file system ("/" only) with cwd "/". */
void fakefs_init(struct fakefs *fs);
/* Adds an entry; 0, or -1 when the table is full. */
int fakefs_add(struct fakefs *fs, char type, const char *path,
               const char *target);

#endif
