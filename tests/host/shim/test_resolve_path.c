/* realpath's walk (shim/resolve_path.c) against a made-up file system:
 *   /d/  /d/e/  /f  /ld -> d  /d/lf -> ../f  /d/le -> e/  /abs -> /d/e
 *   /loop -> loop  /a -> b  /b -> a  /dangling -> nowhere  /empty -> ""
 * with the working directory /d unless a test says otherwise. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "fakefs.h"
#include "internal.h"

#define SIZE 256

static struct fakefs fs;
static char out[SIZE], work[SIZE];

static int setup(void **state) {
  (void)state;
  fakefs_init(&fs);
  fakefs_add(&fs, 'd', "/d", NULL);
  fakefs_add(&fs, 'd', "/d/e", NULL);
  fakefs_add(&fs, 'f', "/f", NULL);
  fakefs_add(&fs, 'l', "/ld", "d");
  fakefs_add(&fs, 'l', "/d/lf", "../f");
  fakefs_add(&fs, 'l', "/d/le", "e/");
  fakefs_add(&fs, 'l', "/abs", "/d/e");
  fakefs_add(&fs, 'l', "/loop", "loop");
  fakefs_add(&fs, 'l', "/a", "b");
  fakefs_add(&fs, 'l', "/b", "a");
  fakefs_add(&fs, 'l', "/dangling", "nowhere");
  fakefs_add(&fs, 'l', "/empty", "");
  fs.cwd = "/d";
  memset(out, 0, sizeof out);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  /* Every test: the walk only asked about names under checked folders. */
  assert_int_equal(fs.misuse, 0);
  return 0;
}

/* Resolves path with buffers of size bytes: the result, or NULL and errno
 * in *err. */
static const char *resolve_n(const char *path, size_t size, int *err) {
  errno = 0;
  if (wasishim__resolve_path(&fs.ops, path, out, work, size) != 0) {
    *err = errno;
    return NULL;
  }
  *err = 0;
  return out;
}

static void expect_path(const char *path, const char *want) {
  int err;
  const char *got = resolve_n(path, SIZE, &err);
  if (got == NULL)
    fail_msg("%s: errno %d (%s), wanted %s", path, err, strerror(err), want);
  assert_string_equal(got, want);
}

static void expect_errno(const char *path, int want) {
  int err;
  const char *got = resolve_n(path, SIZE, &err);
  if (got != NULL)
    fail_msg("%s: gave %s, wanted errno %d (%s)", path, got, want,
             strerror(want));
  assert_int_equal(err, want);
}

static void root_and_repeated_slashes(void **state) {
  (void)state;
  expect_path("/", "/");
  expect_path("//", "/");
  expect_path("///d//e/", "/d/e");
}

static void relative_paths_start_at_the_working_directory(void **state) {
  (void)state;
  expect_path(".", "/d");
  expect_path("e", "/d/e");
  expect_path("./e/.", "/d/e");
}

static void dotdot_climbs_and_stops_at_the_root(void **state) {
  (void)state;
  expect_path("..", "/");
  expect_path("../f", "/f");
  expect_path("e/..", "/d");
  expect_path("/..", "/");
  expect_path("/../../f", "/f");
}

static void a_file_followed_by_anything_is_enotdir(void **state) {
  (void)state;
  expect_errno("/f/", ENOTDIR);
  expect_errno("/f/.", ENOTDIR);
  expect_errno("/f/..", ENOTDIR);
  expect_errno("/f/x", ENOTDIR);
  expect_errno("../f/", ENOTDIR);
}

static void missing_components_are_enoent(void **state) {
  (void)state;
  expect_errno("/missing", ENOENT);
  expect_errno("/missing/..", ENOENT);
  expect_errno("/d/missing/x", ENOENT);
  expect_errno("", ENOENT);
}

static void null_path_is_einval(void **state) {
  (void)state;
  expect_errno(NULL, EINVAL);
}

static void links_are_followed(void **state) {
  (void)state;
  expect_path("/ld", "/d");
  expect_path("/ld/e", "/d/e");
  expect_path("/d/lf", "/f");
  expect_path("/ld/lf", "/f");
  expect_path("le", "/d/e");
  expect_path("/abs", "/d/e");
}

static void dotdot_after_a_link_climbs_from_its_target(void **state) {
  (void)state;
  expect_path("/ld/..", "/");
  expect_path("/abs/..", "/d");
  expect_path("/d/le/..", "/d");
}

static void a_slash_after_a_link_to_a_file_is_enotdir(void **state) {
  (void)state;
  expect_errno("/d/lf/", ENOTDIR);
  expect_errno("/ld/lf/..", ENOTDIR);
}

static void link_loops_are_eloop(void **state) {
  (void)state;
  expect_errno("/loop", ELOOP);
  expect_errno("/a", ELOOP);
  expect_errno("/a/x", ELOOP);
}

static void dangling_and_empty_links_are_enoent(void **state) {
  (void)state;
  expect_errno("/dangling", ENOENT);
  expect_errno("/empty", ENOENT);
}

/* 40 links in a row resolve; a 41st is one too many. */
static void the_link_limit_is_forty(void **state) {
  (void)state;
  static char names[WASISHIM__SYMLOOP_MAX + 2][16];
  for (int i = 0; i <= WASISHIM__SYMLOOP_MAX + 1; i++)
    snprintf(names[i], sizeof names[i], "/c%d", i);
  /* /c0 -> /c1 -> ... -> /c40 -> /c41 (a file) */
  for (int i = 0; i <= WASISHIM__SYMLOOP_MAX; i++)
    assert_int_equal(fakefs_add(&fs, 'l', names[i], names[i + 1]), 0);
  assert_int_equal(fakefs_add(&fs, 'f', names[WASISHIM__SYMLOOP_MAX + 1], NULL),
                   0);
  expect_path("/c1", "/c41");
  expect_errno("/c0", ELOOP);
}

/* wasi-libc keeps the text chdir was given: "/d/e/.." is /d. */
static void the_working_directory_is_resolved_too(void **state) {
  (void)state;
  fs.cwd = "/d/e/..";
  expect_path(".", "/d");
  fs.cwd = "/ld";
  expect_path("e", "/d/e");
  fs.cwd = "/";
  expect_path("d", "/d");
}

static void getcwd_failure_is_passed_on(void **state) {
  (void)state;
  fs.cwd = NULL;
  fs.cwd_err = EACCES;
  expect_errno("f", EACCES);
  expect_path("/f", "/f"); /* absolute paths do not need it */
}

static void other_lookup_errors_are_passed_on(void **state) {
  (void)state;
  fakefs_add(&fs, 'd', "/secret", NULL);
  fs.e[fs.n - 1].err = EACCES;
  expect_errno("/secret", EACCES);
  expect_errno("/secret/x", EACCES);
}

static void results_that_do_not_fit_are_enametoolong(void **state) {
  (void)state;
  int err;
  /* "/d/e" needs 5 bytes. */
  assert_string_equal(resolve_n("/d/e", 5, &err), "/d/e");
  assert_null(resolve_n("/d/e", 4, &err));
  assert_int_equal(err, ENAMETOOLONG);
  /* The path itself is too long for the buffers. */
  assert_null(resolve_n("/d/./././././e", 8, &err));
  assert_int_equal(err, ENAMETOOLONG);
  /* The working directory and the path together. */
  assert_null(resolve_n("e/./", 7, &err));
  assert_int_equal(err, ENAMETOOLONG);
  assert_null(resolve_n("x", 1, &err));
  assert_int_equal(err, ENAMETOOLONG);
}

static void link_targets_that_do_not_fit_are_enametoolong(void **state) {
  (void)state;
  int err;
  fakefs_add(&fs, 'l', "/long", "d/././././././././././e");
  assert_string_equal(resolve_n("/long", SIZE, &err), "/d/e");
  assert_null(resolve_n("/long", 16, &err));
  assert_int_equal(err, ENAMETOOLONG);
}

int main(void) {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
  const struct CMUnitTest tests[] = {
      T(root_and_repeated_slashes),
      T(relative_paths_start_at_the_working_directory),
      T(dotdot_climbs_and_stops_at_the_root),
      T(a_file_followed_by_anything_is_enotdir),
      T(missing_components_are_enoent),
      T(null_path_is_einval),
      T(links_are_followed),
      T(dotdot_after_a_link_climbs_from_its_target),
      T(a_slash_after_a_link_to_a_file_is_enotdir),
      T(link_loops_are_eloop),
      T(dangling_and_empty_links_are_enoent),
      T(the_link_limit_is_forty),
      T(the_working_directory_is_resolved_too),
      T(getcwd_failure_is_passed_on),
      T(other_lookup_errors_are_passed_on),
      T(results_that_do_not_fit_are_enametoolong),
      T(link_targets_that_do_not_fit_are_enametoolong),
  };
  return cmocka_run_group_tests_name("resolve_path", tests, NULL, NULL);
}
