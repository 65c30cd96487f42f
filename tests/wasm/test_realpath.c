/* realpath on every SDK (docs/quirks/realpath.md): an absolute path from
 * the working directory, with ".", ".." and repeated slashes gone, symbolic
 * links followed (ELOOP past 40), ENOENT and ENOTDIR as POSIX says, and a
 * malloc'ed result for a NULL buffer. Libcs before SDK 22 lack it; later
 * ones let "file/.." through and return ".." after chdir(".."). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Where the tests start: realpath(".") (the runner's folder, "/"). */
static char base[PATH_MAX];

static void make_file(const char *path) {
  int fd = open(path, O_CREAT | O_WRONLY, 0644);
  assert_true(fd >= 0);
  close(fd);
}

/* The tree every test sees: f, d/, d/e/, and ld -> d. */
static int setup(void **state) {
  (void)state;
  char *b = realpath(".", NULL);
  if (b == NULL || strlen(b) >= sizeof base)
    return -1;
  strcpy(base, b);
  free(b);
  make_file("f");
  if (mkdir("d", 0755) != 0 || mkdir("d/e", 0755) != 0 ||
      symlink("d", "ld") != 0)
    return -1;
  return 0;
}

/* base joined with rel ("" for base itself). */
static const char *in_base(const char *rel) {
  static char buf[PATH_MAX];
  if (rel[0] == '\0')
    snprintf(buf, sizeof buf, "%s", base);
  else
    snprintf(buf, sizeof buf, "%s/%s", strcmp(base, "/") ? base : "", rel);
  return buf;
}

static void expect_path(const char *path, const char *want) {
  errno = 0;
  char *got = realpath(path, NULL);
  if (got == NULL)
    fail_msg("realpath(\"%s\"): errno %d, wanted %s", path, errno, want);
  assert_string_equal(got, want);
  free(got);
}

static void expect_errno(const char *path, int want) {
  errno = 0;
  char *got = realpath(path, NULL);
  if (got != NULL)
    fail_msg("realpath(\"%s\") gave %s, wanted errno %d", path, got, want);
  assert_int_equal(errno, want);
}

static void declared_with_the_posix_prototype(void **state) {
  (void)state;
  char *(*r)(const char *restrict, char *restrict) = realpath;
  assert_non_null(r);
}

static void the_start_folder_is_absolute(void **state) {
  (void)state;
  assert_int_equal(base[0], '/');
}

static void dot_dotdot_and_slashes_are_removed(void **state) {
  (void)state;
  expect_path("./d/../f", in_base("f"));
  expect_path("d//e/", in_base("d/e"));
  expect_path("d/./e/..", in_base("d"));
  expect_path("./", in_base(""));
}

static void a_null_buffer_gives_a_malloced_result(void **state) {
  (void)state;
  char *r = realpath("f", NULL);
  assert_non_null(r);
  assert_string_equal(r, in_base("f"));
  free(r);
}

static void a_given_buffer_is_filled_and_returned(void **state) {
  (void)state;
  char buf[PATH_MAX];
  assert_ptr_equal(realpath("d/e", buf), buf);
  assert_string_equal(buf, in_base("d/e"));
}

static void the_root_is_its_own_parent(void **state) {
  (void)state;
  expect_path("/", "/");
  expect_path("/..", "/");
  expect_path("//", "/");
}

static void links_are_followed(void **state) {
  (void)state;
  expect_path("ld", in_base("d"));
  expect_path("ld/e", in_base("d/e"));
}

static void dotdot_after_a_link_climbs_from_its_target(void **state) {
  (void)state;
  assert_int_equal(symlink("e", "d/le"), 0);
  expect_path("d/le/..", in_base("d"));
}

static void missing_names_fail_with_enoent(void **state) {
  (void)state;
  expect_errno("missing", ENOENT);
  expect_errno("missing/x", ENOENT);
  expect_errno("d/missing", ENOENT);
  expect_errno("", ENOENT);
}

static void a_file_used_as_a_folder_fails_with_enotdir(void **state) {
  (void)state;
  expect_errno("f/", ENOTDIR);
  expect_errno("f/x", ENOTDIR);
  expect_errno("f/..", ENOTDIR);
}

static void dangling_links_fail_with_enoent(void **state) {
  (void)state;
  assert_int_equal(symlink("nowhere", "dangling"), 0);
  expect_errno("dangling", ENOENT);
}

static void link_loops_fail_with_eloop(void **state) {
  (void)state;
  assert_int_equal(symlink("loop", "loop"), 0);
  assert_int_equal(symlink("pong", "ping"), 0);
  assert_int_equal(symlink("ping", "pong"), 0);
  expect_errno("loop", ELOOP);
  expect_errno("ping/x", ELOOP);
}

static void a_null_path_fails_with_einval(void **state) {
  (void)state;
  errno = 0;
  assert_null(realpath(NULL, NULL));
  assert_int_equal(errno, EINVAL);
}

static void too_long_a_path_fails_with_enametoolong(void **state) {
  (void)state;
  static char p[PATH_MAX + 16];
  for (size_t i = 0; i + 2 < sizeof p; i += 2)
    memcpy(p + i, "./", 2);
  p[sizeof p - 2] = 'f';
  p[sizeof p - 1] = '\0';
  expect_errno(p, ENAMETOOLONG);
}

/* wasi-libc keeps the text chdir was given ("/d/.."): realpath must not
 * hand that back. */
static void the_working_directory_is_resolved(void **state) {
  (void)state;
  assert_int_equal(chdir("d"), 0);
  expect_path(".", in_base("d"));
  expect_path("../f", in_base("f"));
  assert_int_equal(chdir(".."), 0);
  expect_path(".", in_base(""));
}

static void success_keeps_errno(void **state) {
  (void)state;
  errno = 1234;
  char *r = realpath("d/e", NULL);
  assert_non_null(r);
  assert_int_equal(errno, 1234);
  free(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_the_posix_prototype),
      cmocka_unit_test(the_start_folder_is_absolute),
      cmocka_unit_test(dot_dotdot_and_slashes_are_removed),
      cmocka_unit_test(a_null_buffer_gives_a_malloced_result),
      cmocka_unit_test(a_given_buffer_is_filled_and_returned),
      cmocka_unit_test(the_root_is_its_own_parent),
      cmocka_unit_test(links_are_followed),
      cmocka_unit_test(dotdot_after_a_link_climbs_from_its_target),
      cmocka_unit_test(missing_names_fail_with_enoent),
      cmocka_unit_test(a_file_used_as_a_folder_fails_with_enotdir),
      cmocka_unit_test(dangling_links_fail_with_enoent),
      cmocka_unit_test(link_loops_fail_with_eloop),
      cmocka_unit_test(a_null_path_fails_with_einval),
      cmocka_unit_test(too_long_a_path_fails_with_enametoolong),
      cmocka_unit_test(the_working_directory_is_resolved),
      cmocka_unit_test(success_keeps_errno),
  };
  return cmocka_run_group_tests_name("realpath", tests, setup, NULL);
}
