/* PIPE_BUF on every SDK (docs/quirks/pipe-buf.md): SDK 34's value, under
 * the feature-test macros of musl's other POSIX limits. */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void pipe_buf_is_4096(void **state) {
  (void)state;
  assert_int_equal(PIPE_BUF, 4096);
}

static void pipe_buf_is_at_least_the_posix_minimum(void **state) {
  (void)state;
  assert_true(PIPE_BUF >= _POSIX_PIPE_BUF);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(pipe_buf_is_4096),
      cmocka_unit_test(pipe_buf_is_at_least_the_posix_minimum),
  };
  return cmocka_run_group_tests_name("pipe_buf", tests, NULL, NULL);
}
