/* utimes, utime and futimesat: NULL times mean "now" and explicit times are
 * set as given, on every SDK (docs/quirks/times.md; Debian's 2022
 * wasi-libc sets NULL times to 1970, and wasishim replaces it there). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define OLD 1000000000
#define NEW 1100000000

static int near_now(time_t t) {
  time_t now = time(NULL);
  return t > now - 300 && t < now + 300;
}

/* Creates path with both times at OLD. */
static void old_file(const char *path) {
  static const struct timespec old[2] = {{OLD, 0}, {OLD, 0}};
  int fd = open(path, O_CREAT | O_WRONLY, 0644);
  assert_true(fd >= 0);
  assert_int_equal(futimens(fd, old), 0);
  close(fd);
}

static void expect_now(const char *path) {
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  assert_true(near_now(st.st_atime));
  assert_true(near_now(st.st_mtime));
}

static void expect_times(const char *path, time_t a, time_t m) {
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(st.st_atime, a);
  assert_int_equal(st.st_mtime, m);
}

static void declared_with_their_prototypes(void **state) {
  (void)state;
  int (*u)(const char *, const struct timeval[2]) = utimes;
  int (*o)(const char *, const struct utimbuf *) = utime;
  int (*f)(int, const char *, const struct timeval[2]) = futimesat;
  assert_non_null(u);
  assert_non_null(o);
  assert_non_null(f);
}

static void utimes_null_sets_now(void **state) {
  (void)state;
  old_file("u");
  assert_int_equal(utimes("u", NULL), 0);
  expect_now("u");
}

static void utimes_sets_explicit_times(void **state) {
  (void)state;
  struct timeval tv[2] = {{NEW, 0}, {OLD, 0}};
  old_file("ue");
  assert_int_equal(utimes("ue", tv), 0);
  expect_times("ue", NEW, OLD);
}

static void utimes_missing_file_fails_with_enoent(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(utimes("missing", NULL), -1);
  assert_int_equal(errno, ENOENT);
}

static void utime_null_sets_now(void **state) {
  (void)state;
  old_file("o");
  assert_int_equal(utime("o", NULL), 0);
  expect_now("o");
}

static void utime_sets_explicit_times(void **state) {
  (void)state;
  struct utimbuf b = {NEW, OLD};
  old_file("oe");
  assert_int_equal(utime("oe", &b), 0);
  expect_times("oe", NEW, OLD);
}

static void utime_missing_file_fails_with_enoent(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(utime("missing", NULL), -1);
  assert_int_equal(errno, ENOENT);
}

static void futimesat_null_sets_now(void **state) {
  (void)state;
  old_file("fa");
  assert_int_equal(futimesat(AT_FDCWD, "fa", NULL), 0);
  expect_now("fa");
}

static void futimesat_sets_explicit_times(void **state) {
  (void)state;
  struct timeval tv[2] = {{NEW, 0}, {OLD, 0}};
  old_file("fae");
  assert_int_equal(futimesat(AT_FDCWD, "fae", tv), 0);
  expect_times("fae", NEW, OLD);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_their_prototypes),
      cmocka_unit_test(utimes_null_sets_now),
      cmocka_unit_test(utimes_sets_explicit_times),
      cmocka_unit_test(utimes_missing_file_fails_with_enoent),
      cmocka_unit_test(utime_null_sets_now),
      cmocka_unit_test(utime_sets_explicit_times),
      cmocka_unit_test(utime_missing_file_fails_with_enoent),
      cmocka_unit_test(futimesat_null_sets_now),
      cmocka_unit_test(futimesat_sets_explicit_times),
  };
  return cmocka_run_group_tests_name("utimes", tests, NULL, NULL);
}
