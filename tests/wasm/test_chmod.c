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

/* As on SDK 22+: the stub looks at nothing, so no EBADF, ENOENT or EINVAL
 * comes first. */
static void the_arguments_are_not_checked(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(chmod("missing", 0400), -1);
  assert_int_equal(errno, ENOSYS);
  errno = 0;
  assert_int_equal(fchmod(-1, 0400), -1);
  assert_int_equal(errno, ENOSYS);
  errno = 0;
  assert_int_equal(fchmodat(AT_FDCWD, "missing", 0400, 12345), -1);
  assert_int_equal(errno, ENOSYS);
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
      cmocka_unit_test(the_arguments_are_not_checked),
      cmocka_unit_test(a_failed_chmod_leaves_the_mode_alone),
  };
  return cmocka_run_group_tests_name("chmod", tests, NULL, NULL);
}
