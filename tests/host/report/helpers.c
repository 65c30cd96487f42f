/* mkdtemp, nftw and open_memstream are POSIX, not C11. */
#define _XOPEN_SOURCE 700

#include "helpers.h"

#include <dirent.h>
#include <ftw.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

static char *join(const char *dir, const char *rel) {
  char *p = malloc(strlen(dir) + strlen(rel) + 2);

  assert_non_null(p);
  sprintf(p, "%s/%s", dir, rel);
  return p;
}

int tdir_setup(void **state) {
  const char *base = getenv("TMPDIR");
  struct tdir *t = calloc(1, sizeof *t);

  if (!t)
    return -1;
  t->dir = join(base && *base ? base : "/tmp", "wasishim-report-test.XXXXXX");
  if (!mkdtemp(t->dir))
    return -1;
  *state = t;
  return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag,
                      struct FTW *ftw) {
  (void)st;
  (void)flag;
  (void)ftw;
  return remove(path);
}

int tdir_teardown(void **state) {
  struct tdir *t = *state;
  int rc = nftw(t->dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);

  free(t->dir);
  free(t);
  return rc;
}

static void make_parents(char *path) {
  for (char *p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
    *p = '\0';
    mkdir(path, 0777);
    *p = '/';
  }
}

void put(const char *dir, const char *rel, const char *text) {
  char *path = join(dir, rel);
  FILE *f;

  make_parents(path);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  assert_int_equal(fclose(f), 0);
  free(path);
}

char *get(const char *dir, const char *rel) {
  char *path = join(dir, rel);
  FILE *f = fopen(path, "rb");
  char *s = NULL;
  size_t n = 0;

  free(path);
  if (!f)
    return NULL;
  s = malloc(1 << 16);
  assert_non_null(s);
  n = fread(s, 1, (1 << 16) - 1, f);
  s[n] = '\0';
  fclose(f);
  return s;
}

int exists(const char *dir, const char *rel) {
  char *path = join(dir, rel);
  struct stat st;
  int rc = stat(path, &st) == 0;

  free(path);
  return rc;
}

int hidden_entries(const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *de;
  int n = 0;

  if (!d)
    return 0;
  while ((de = readdir(d)))
    n += de->d_name[0] == '.' && strcmp(de->d_name, ".") &&
         strcmp(de->d_name, "..");
  closedir(d);
  return n;
}

void sample_inputs(const char *dir) {
  put(dir, "build/probes/catalogue.tsv",
      "a_links\tlink\tWASISHIM_A_LINKS\tprobes/functions.tsv:3\ta links."
      "\t22+\thttps://example.org/a\t\t\t\n"
      "b_works\trun\tWASISHIM_B_WORKS\tprobes/b_works.c\tb really works."
      "\tnever\t\t0\tsafe\t1 = failed\n"
      "c_header\tcompile\tWASISHIM_C_HEADER\tprobes/headers.tsv:1\t<c.h> "
      "exists.\t26+\t\t\t\t\n"
      "d_works\trun\tWASISHIM_D_WORKS\tprobes/d_works.c\td returns.\t28+"
      "\t\t0\ta hang is the bug\t\n");
  put(dir, "build/probes/res/a_links", "1\tmeasured\t\n");
  put(dir, "build/probes/res/b_works", "0\tmeasured\terrno=52\n");
  put(dir, "build/probes/res/c_header", "1\tmeasured\t\n");
  put(dir, "build/probes/res/d_works",
      "0\tnot-run\ttimed out after 10s; fallback 0\n");
  put(dir, "build/probes/identity",
      "sdk_id\ttest-sdk\nsdk_dir\t/opt/sdk\ntarget\twasm32-wasip1\n"
      "clang\t21\nversion\t\nwasi_sdk_major\t\nsysroot\t/opt/sdk/sysroot\n");
  put(dir, "src/probes/fingerprint.tsv",
      "# fact\tfrom\tto\tnote\n"
      "a_links\t22\t\tstubs since 22\n"
      "c_header\t26\t\theader since 26\n"
      "d_works\t28\t\tfixed in 28\n");
  put(dir, "src/modules/sample",
      "Module: sample\n"
      "Site: !b_works | ac_cv_func_b=no | - | b is a stub\n"
      "Site: a_links | CPPFLAGS=\"$CPPFLAGS -DHAVE_A\" | - | a is there\n");
}

char *capture(void (*fn)(FILE *out, const void *arg), const void *arg) {
  char *s = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&s, &n);

  assert_non_null(f);
  fn(f, arg);
  assert_int_equal(fclose(f), 0);
  return s;
}

int contains(const char *haystack, const char *needle) {
  return strstr(haystack, needle) != NULL;
}
