/* dup, dup2 and dup3: WASI p1 has no call for them, so with wasishim they
 * are declared and link on every SDK; a bad argument is answered as POSIX
 * says (EBADF, EINVAL, dup2(fd, fd) gives fd), anything else fails with
 * ENOTSUP as SDK 34's p1 stubs do (docs/quirks/dup.md). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void declared_with_their_prototypes(void **state) {
  (void)state;
  int (*d)(int) = dup;
  int (*d2)(int, int) = dup2;
  int (*d3)(int, int, int) = dup3;
  assert_non_null(d);
  assert_non_null(d2);
  assert_non_null(d3);
}

static void dup_fails_with_enotsup(void **state) {
  (void)state;
  int fd = open("f", O_CREAT | O_RDWR, 0644);
  assert_true(fd >= 0);
  errno = 0;
  assert_int_equal(dup(fd), -1);
  assert_int_equal(errno, ENOTSUP);
  close(fd);
}

static void dup2_fails_with_enotsup(void **state) {
  (void)state;
  int fd = open("f2", O_CREAT | O_RDWR, 0644);
  assert_true(fd >= 0);
  errno = 0;
  assert_int_equal(dup2(fd, 10), -1);
  assert_int_equal(errno, ENOTSUP);
  close(fd);
}

static void dup2_onto_itself_gives_the_descriptor(void **state) {
  (void)state;
  int fd = open("f2", O_CREAT | O_RDWR, 0644);
  assert_true(fd >= 0);
  assert_int_equal(dup2(fd, fd), fd);
  close(fd);
}

static void dup2_onto_a_negative_number_fails_with_ebadf(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(dup2(0, -1), -1);
  assert_int_equal(errno, EBADF);
}

static void dup3_onto_itself_fails_with_einval(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(dup3(0, 0, 0), -1);
  assert_int_equal(errno, EINVAL);
}

static void dup3_fails_with_enotsup(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(dup3(0, 10, 0), -1);
  assert_int_equal(errno, ENOTSUP);
  errno = 0;
  assert_int_equal(dup3(0, 10, O_CLOEXEC), -1);
  assert_int_equal(errno, ENOTSUP);
}

static void dup3_with_unknown_flags_fails_with_einval(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(dup3(0, 10, O_APPEND), -1);
  assert_int_equal(errno, EINVAL);
}

static void a_descriptor_that_is_not_open_fails_with_ebadf(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(dup(-1), -1);
  assert_int_equal(errno, EBADF);
  errno = 0;
  assert_int_equal(dup2(1000, 10), -1);
  assert_int_equal(errno, EBADF);
  errno = 0;
  assert_int_equal(dup3(-1, 10, 0), -1);
  assert_int_equal(errno, EBADF);
}

static void a_failed_dup_leaves_the_descriptor_working(void **state) {
  (void)state;
  char buf[4] = {0};
  int fd = open("keep", O_CREAT | O_RDWR, 0644);
  assert_true(fd >= 0);
  assert_int_equal(dup(fd), -1);
  assert_int_equal(write(fd, "abc", 3), 3);
  assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
  assert_int_equal(read(fd, buf, 3), 3);
  assert_string_equal(buf, "abc");
  close(fd);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_their_prototypes),
      cmocka_unit_test(dup_fails_with_enotsup),
      cmocka_unit_test(dup2_fails_with_enotsup),
      cmocka_unit_test(dup3_fails_with_enotsup),
      cmocka_unit_test(dup3_with_unknown_flags_fails_with_einval),
      cmocka_unit_test(dup2_onto_itself_gives_the_descriptor),
      cmocka_unit_test(dup2_onto_a_negative_number_fails_with_ebadf),
      cmocka_unit_test(dup3_onto_itself_fails_with_einval),
      cmocka_unit_test(a_descriptor_that_is_not_open_fails_with_ebadf),
      cmocka_unit_test(a_failed_dup_leaves_the_descriptor_working),
  };
  return cmocka_run_group_tests_name("dup", tests, NULL, NULL);
}
