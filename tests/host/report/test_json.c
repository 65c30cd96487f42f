/* JSON string escaping and the null/number conventions of report.json. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "report.h"

static void one_string(FILE *out, const void *s) {
  json_string(out, s);
}

static void expect(const char *in, const char *want) {
  char *got = capture(one_string, in);
  char copy[256];

  snprintf(copy, sizeof copy, "%s", got);
  free(got);
  assert_string_equal(copy, want);
}

static void plain_text_is_quoted(void **state) {
  (void)state;
  expect("", "\"\"");
  expect("errno=52", "\"errno=52\"");
  expect("a/b <c> 'd'", "\"a/b <c> 'd'\"");
}

static void quotes_and_backslashes_are_escaped(void **state) {
  (void)state;
  expect("say \"hi\"", "\"say \\\"hi\\\"\"");
  expect("C:\\dir", "\"C:\\\\dir\"");
}

static void control_characters_are_escaped(void **state) {
  (void)state;
  expect("a\tb\nc\rd\be\ff", "\"a\\tb\\nc\\rd\\be\\ff\"");
  expect("\x01\x1f", "\"\\u0001\\u001f\"");
  expect("\x7f", "\"\x7f\"");
}

static void utf8_passes_through(void **state) {
  (void)state;
  expect("caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x98\x80",
         "\"caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x98\x80\"");
}

static void invalid_utf8_becomes_replacement(void **state) {
  (void)state;
  expect("a\xff"
         "b",
         "\"a\\ufffdb\"");
  expect("\xc3", "\"\\ufffd\"");                       /* cut short */
  expect("\xc0\xaf", "\"\\ufffd\\ufffd\"");            /* overlong '/' */
  expect("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""); /* a surrogate */
  expect("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
}

static void emit(FILE *out, const void *r) {
  emit_json(out, r);
}

static void empty_version_is_null_and_fallback_a_number(void **state) {
  const char *dir = ((struct tdir *)*state)->dir;
  char build[4096];
  struct facts fs;
  struct modules none = {0};
  struct ident id = {"wasi-libc \"x\"", "fingerprint", NULL};
  struct err e = {0};
  struct report r = {&fs, &id, &none};
  char *text;

  sample_inputs(dir);
  snprintf(build, sizeof build, "%s/build", dir);
  assert_int_equal(facts_load(&fs, build, &e), 0);
  text = capture(emit, &r);
  assert_true(contains(text, "\"schema\": \"wasishim-report/1\""));
  assert_true(contains(text, "\"version\": null,"));
  assert_true(contains(text, "\"wasi_sdk_major\": null,"));
  assert_true(contains(text, "\"identity\": \"wasi-libc \\\"x\\\"\","));
  assert_true(contains(text, "\"value\": 0,\n"));
  assert_true(contains(text, "\"fallback\": 0,\n"));
  assert_true(contains(text, "\"fallback\": null,\n"));
  assert_true(contains(text, "\"not_run\": 1,"));
  assert_true(contains(text, "\"true\": 2,"));
  free(text);
  facts_free(&fs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(plain_text_is_quoted),
      cmocka_unit_test(quotes_and_backslashes_are_escaped),
      cmocka_unit_test(control_characters_are_escaped),
      cmocka_unit_test(utf8_passes_through),
      cmocka_unit_test(invalid_utf8_becomes_replacement),
      cmocka_unit_test_setup_teardown(
          empty_version_is_null_and_fallback_a_number, tdir_setup,
          tdir_teardown),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
