/* __wasilibc_reset_preopens (docs/quirks/wasilibc-preopens.md): declared
 * wherever the libc defines it; after it, the preopens are found again when
 * next needed. Where the libc lacks it (the 2022 libc) there is nothing to
 * test: WASISHIM_HAS_WASILIBC_RESET_PREOPENS is 0. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <unistd.h>
#include <wasi/libc.h>

#include <wasishim/shim.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void declared_without_arguments(void **state) {
  (void)state;
#if WASISHIM_HAS_WASILIBC_RESET_PREOPENS
  void (*f)(void) = __wasilibc_reset_preopens;
  assert_non_null(f);
#endif
}

static void the_preopens_come_back_after_a_reset(void **state) {
  (void)state;
#if WASISHIM_HAS_WASILIBC_RESET_PREOPENS
  int fd = open(".", O_RDONLY | O_DIRECTORY);
  assert_true(fd >= 0);
  close(fd);
  __wasilibc_reset_preopens();
  fd = open(".", O_RDONLY | O_DIRECTORY);
  assert_true(fd >= 0);
  close(fd);
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_without_arguments),
      cmocka_unit_test(the_preopens_come_back_after_a_reset),
  };
  return cmocka_run_group_tests_name("wasilibc_preopens", tests, NULL, NULL);
}
