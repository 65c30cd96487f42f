/* <wasi/version.h> on every SDK (docs/quirks/wasi-version.md): it can be
 * included, a p1 target has __wasip1__, and __wasi_sdk_major__, where it is
 * defined at all, is a wasi-sdk release number. (No skip(): without wasm
 * exceptions cmocka cannot come back from one; tests/support/noeh.) */
#include <wasi/version.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void a_p1_target_defines_wasip1(void **state) {
  (void)state;
#if !defined(__wasip2__) && !defined(__wasip3__) && !defined(__wasip1__)
  fail_msg("__wasip1__ is not defined for a p1 target");
#endif
}

static void the_sdk_major_is_a_release_number_if_defined(void **state) {
  (void)state;
#ifdef __wasi_sdk_major__
  assert_true(__wasi_sdk_major__ >= 8 && __wasi_sdk_major__ < 1000);
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(a_p1_target_defines_wasip1),
      cmocka_unit_test(the_sdk_major_is_a_release_number_if_defined),
  };
  return cmocka_run_group_tests_name("wasi_version", tests, NULL, NULL);
}
