/* The target macros with wasishim's flags alone (docs/quirks/
 * target-macros.md): before any header, exactly one __wasipN__ is defined,
 * and <wasi/version.h> agrees with it. */
#if defined(__wasip1__) + defined(__wasip2__) + defined(__wasip3__) == 1
#define ONE_WITHOUT_HEADERS 1
#else
#define ONE_WITHOUT_HEADERS 0
#endif
#ifdef __wasip1__
#define P1_WITHOUT_HEADERS 1
#else
#define P1_WITHOUT_HEADERS 0
#endif

#include <wasi/version.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void one_wasip_macro_without_any_header(void **state) {
  (void)state;
  assert_int_equal(ONE_WITHOUT_HEADERS, 1);
}

static void wasi_version_h_agrees(void **state) {
  (void)state;
#ifdef __wasip1__
  assert_int_equal(P1_WITHOUT_HEADERS, 1);
#else
  assert_int_equal(P1_WITHOUT_HEADERS, 0);
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(one_wasip_macro_without_any_header),
      cmocka_unit_test(wasi_version_h_agrees),
  };
  return cmocka_run_group_tests_name("target_macros", tests, NULL, NULL);
}
