/* chmod, fchmod and fchmodat: WASI p1 has no call that changes permission
 * bits, so with wasishim they are declared and link on every SDK and fail
 * with ENOSYS, as the stubs of SDK 22 and later do (docs/quirks/chmod.md). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static int make_file(const char *path) {
  int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
  return fd >= 0 && close(fd) == 0 ? 0 : -1;
}

static void declared_with_the_posix_prototypes(void **state) {
  (void)state;
  int (*c)(const char *, mode_t) = chmod;
  int (*f)(int, mode_t) = fchmod;
  int (*a)(int, const char *, mode_t, int) = fchmodat;
  assert_non_null(c);
  assert_non_null(f);
  assert_non_null(a);
}

static void chmod_fails_with_enosys(void **state) {
  (void)state;
  assert_int_equal(make_file("c"), 0);
  errno = 0;
  assert_int_equal(chmod("c", 0400), -1);
  assert_int_equal(errno, ENOSYS);
}

static void fchmod_fails_with_enosys(void **state) {
  (void)state;
  int fd = open("fc", O_CREAT | O_WRONLY, 0644);
  assert_true(fd >= 0);
  errno = 0;
  assert_int_equal(fchmod(fd, 0400), -1);
  assert_int_equal(errno, ENOSYS);
  close(fd);
}

static void fchmodat_fails_with_enosys(void **state) {
  (void)state;
  assert_int_equal(make_file("at"), 0);
  errno = 0;
  assert_int_equal(fchmodat(AT_FDCWD, "at", 0400, 0), -1);
  assert_int_equal(errno, ENOSYS);
}

static void a_missing_file_fails_with_enoent(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(chmod("missing", 0400), -1);
  assert_int_equal(errno, ENOENT);
  errno = 0;
  assert_int_equal(fchmodat(AT_FDCWD, "missing", 0400, 0), -1);
  assert_int_equal(errno, ENOENT);
}

static void a_path_through_a_file_fails_with_enotdir(void **state) {
  (void)state;
  assert_int_equal(make_file("nd"), 0);
  errno = 0;
  assert_int_equal(chmod("nd/x", 0400), -1);
  assert_int_equal(errno, ENOTDIR);
}

static void a_descriptor_that_is_not_open_fails_with_ebadf(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(fchmod(-1, 0400), -1);
  assert_int_equal(errno, EBADF);
  errno = 0;
  assert_int_equal(fchmodat(1000, "f", 0400, 0), -1);
  assert_int_equal(errno, EBADF);
}

static void fchmodat_with_unknown_flags_fails_with_einval(void **state) {
  (void)state;
  assert_int_equal(make_file("fl"), 0);
  errno = 0;
  assert_int_equal(fchmodat(AT_FDCWD, "fl", 0400, 0x40000000), -1);
  assert_int_equal(errno, EINVAL);
}

static void a_failed_chmod_leaves_the_mode_alone(void **state) {
  (void)state;
  struct stat before, after;
  assert_int_equal(make_file("m"), 0);
  assert_int_equal(stat("m", &before), 0);
  assert_int_equal(chmod("m", 0), -1);
  assert_int_equal(stat("m", &after), 0);
  assert_int_equal(before.st_mode, after.st_mode);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_the_posix_prototypes),
      cmocka_unit_test(chmod_fails_with_enosys),
      cmocka_unit_test(fchmod_fails_with_enosys),
      cmocka_unit_test(fchmodat_fails_with_enosys),
      cmocka_unit_test(a_missing_file_fails_with_enoent),
      cmocka_unit_test(a_path_through_a_file_fails_with_enotdir),
      cmocka_unit_test(a_descriptor_that_is_not_open_fails_with_ebadf),
      cmocka_unit_test(fchmodat_with_unknown_flags_fails_with_einval),
      cmocka_unit_test(a_failed_chmod_leaves_the_mode_alone),
  };
  return cmocka_run_group_tests_name("chmod", tests, NULL, NULL);
}
