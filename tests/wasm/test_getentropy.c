/* getentropy on every SDK (docs/quirks/getentropy.md): WASI's random_get,
 * up to 256 bytes a call, EIO beyond. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void declared_with_its_prototype(void **state) {
  (void)state;
  int (*g)(void *, size_t) = getentropy;
  assert_non_null(g);
}

static void fills_the_buffer(void **state) {
  (void)state;
  unsigned char a[32], zero[32] = {0};
  memset(a, 0, sizeof a);
  assert_int_equal(getentropy(a, sizeof a), 0);
  assert_memory_not_equal(a, zero, sizeof a);
}

static void two_calls_differ(void **state) {
  (void)state;
  unsigned char a[32], b[32];
  assert_int_equal(getentropy(a, sizeof a), 0);
  assert_int_equal(getentropy(b, sizeof b), 0);
  assert_memory_not_equal(a, b, sizeof a);
}

static void takes_256_bytes(void **state) {
  (void)state;
  unsigned char a[256];
  assert_int_equal(getentropy(a, sizeof a), 0);
}

static void more_than_256_bytes_fail_with_eio(void **state) {
  (void)state;
  unsigned char a[257];
  errno = 0;
  assert_int_equal(getentropy(a, sizeof a), -1);
  assert_int_equal(errno, EIO);
}

static void zero_bytes_succeed(void **state) {
  (void)state;
  unsigned char a[1];
  assert_int_equal(getentropy(a, 0), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_its_prototype),
      cmocka_unit_test(fills_the_buffer),
      cmocka_unit_test(two_calls_differ),
      cmocka_unit_test(takes_256_bytes),
      cmocka_unit_test(more_than_256_bytes_fail_with_eio),
      cmocka_unit_test(zero_bytes_succeed),
  };
  return cmocka_run_group_tests_name("entropy", tests, NULL, NULL);
}
