/* The ABI facts (int_fast16_t, uint_fast16_t, __WORDSIZE) in one line of
   report.md and of compare. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "abi.h"
#include "helpers.h"

static void md(FILE *out, const void *a) {
  abi_md_line(out, a);
}

static const struct abi old = {{0, 0, 0}}, new_ = {{1, 1, 1}};

static void an_sdk_up_to_33_names_the_other_side(void **state) {
  char *text = capture(md, &old);

  (void)state;
  assert_string_equal(
      text, "\nABI: `int_fast16_t` 16 bits, `uint_fast16_t` 16 bits, "
            "`__WORDSIZE` 64, as in musl before 1.2.6 (wasi-sdk up to 33): a "
            "static library built with the headers of wasi-sdk 34 or later "
            "(`int_fast16_t` 32 bits, `uint_fast16_t` 32 bits, `__WORDSIZE` "
            "32) disagrees with this SDK on them when linked here; rebuild it "
            "with this SDK (docs/quirks/abi-types.md).\n");
  free(text);
}

static void an_sdk_34_names_the_older_ones(void **state) {
  char *text = capture(md, &new_);

  (void)state;
  assert_true(contains(text, "`__WORDSIZE` 32, as in musl 1.2.6 (wasi-sdk 34 "
                             "and later): a static library built with the "
                             "headers of wasi-sdk 33 or older (`int_fast16_t` "
                             "16 bits"));
  free(text);
}

static void a_mix_or_nothing(void **state) {
  struct abi mix = {{1, 0, -1}}, none = {{-1, -1, -1}};
  char *text = capture(md, &mix);

  (void)state;
  assert_true(contains(text, "ABI: `int_fast16_t` 32 bits, `uint_fast16_t` "
                             "16 bits, a mix no wasi-sdk has"));
  assert_false(contains(text, "__WORDSIZE"));
  free(text);
  text = capture(md, &none);
  assert_string_equal(text, "");
  free(text);
}

struct pair {
  const struct abi *a, *b;
  int printed;
};

static void cmp(FILE *out, const void *arg) {
  struct pair *p = (struct pair *)arg;

  p->printed = abi_compare_line(out, p->a, p->b, "sdk-33", "sdk-34");
}

static void compare_says_it_in_one_line(void **state) {
  struct abi some = {{0, 1, 1}};
  struct pair p = {&old, &some, 0};
  char *text = capture(cmp, &p);

  (void)state;
  assert_int_equal(p.printed, 1);
  assert_string_equal(
      text, "\nABI: A and B disagree on `uint_fast16_t` (16 bits on A, 32 bits "
            "on B), `__WORDSIZE` (64 on A, 32 on B): a static library built "
            "with sdk-33's headers and linked by sdk-34 (or the other way) "
            "uses these types at another size than the program around it; "
            "rebuild every static library with the SDK that links it "
            "(docs/quirks/abi-types.md).\n");
  free(text);
}

static void compare_is_silent_when_they_agree(void **state) {
  struct abi partial = {{0, -1, 0}};
  struct pair p = {&old, &partial, 1};
  char *text = capture(cmp, &p);

  (void)state;
  assert_int_equal(p.printed, 0);
  assert_string_equal(text, "");
  free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(an_sdk_up_to_33_names_the_other_side),
      cmocka_unit_test(an_sdk_34_names_the_older_ones),
      cmocka_unit_test(a_mix_or_nothing),
      cmocka_unit_test(compare_says_it_in_one_line),
      cmocka_unit_test(compare_is_silent_when_they_agree),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
