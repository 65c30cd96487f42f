/* pipe and pipe2: WASI p1 cannot make a pipe, so with wasishim they are
 * declared and link on every SDK; pipe2's unknown flags are EINVAL, and
 * anything else fails with ENOTSUP as SDK 34's p1 stubs do
 * (docs/quirks/pipe.md). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void declared_with_their_prototypes(void **state) {
  (void)state;
  int (*p)(int[2]) = pipe;
  int (*p2)(int[2], int) = pipe2;
  assert_non_null(p);
  assert_non_null(p2);
}

static void pipe_fails_with_enotsup(void **state) {
  (void)state;
  int p[2] = {-7, -7};
  errno = 0;
  assert_int_equal(pipe(p), -1);
  assert_int_equal(errno, ENOTSUP);
  assert_int_equal(p[0], -7);
  assert_int_equal(p[1], -7);
}

static void pipe2_fails_with_enotsup(void **state) {
  (void)state;
  int p[2];
  errno = 0;
  assert_int_equal(pipe2(p, 0), -1);
  assert_int_equal(errno, ENOTSUP);
  errno = 0;
  assert_int_equal(pipe2(p, O_CLOEXEC | O_NONBLOCK), -1);
  assert_int_equal(errno, ENOTSUP);
}

static void pipe2_with_unknown_flags_fails_with_einval(void **state) {
  (void)state;
  int p[2];
  errno = 0;
  assert_int_equal(pipe2(p, O_APPEND), -1);
  assert_int_equal(errno, EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_their_prototypes),
      cmocka_unit_test(pipe_fails_with_enotsup),
      cmocka_unit_test(pipe2_fails_with_enotsup),
      cmocka_unit_test(pipe2_with_unknown_flags_fails_with_einval),
  };
  return cmocka_run_group_tests_name("pipe", tests, NULL, NULL);
}
