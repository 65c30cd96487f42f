/* Markdown cells: text shows as written and never breaks the table. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "helpers.h"
#include "markdown.h"

static void text(FILE *out, const void *s) {
  md_text(out, s);
}

static void code(FILE *out, const void *s) {
  md_code(out, s);
}

static void expect(void (*fn)(FILE *, const void *), const char *in,
                   const char *want) {
  char *got = capture(fn, in);
  char copy[256];

  snprintf(copy, sizeof copy, "%s", got);
  free(got);
  assert_string_equal(copy, want);
}

static void pipes_never_end_a_cell(void **state) {
  (void)state;
  expect(text, "a | b", "a \\| b");
  expect(text, "`a|b`", "`a\\|b`");
  expect(code, "x|y", "`x\\|y`");
}

static void html_and_emphasis_are_escaped(void **state) {
  (void)state;
  expect(text, "<sys/stat.h>", "\\<sys/stat.h\\>");
  expect(text, "*/ & [x]", "\\*/ \\& \\[x\\]");
  expect(text, "__wasi_init_tp", "\\_\\_wasi_init_tp");
}

static void snake_case_and_code_spans_stay_readable(void **state) {
  (void)state;
  expect(text, "pthread_key_create", "pthread_key_create");
  expect(text, "use `__x*` here", "use `__x*` here");
  expect(text, "a ` alone", "a \\` alone");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(pipes_never_end_a_cell),
      cmocka_unit_test(html_and_emphasis_are_escaped),
      cmocka_unit_test(snake_case_and_code_spans_stay_readable),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
