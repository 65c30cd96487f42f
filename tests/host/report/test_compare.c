/* report.tsv read back; compare lists only the facts that differ; matrix
   shows the union of facts. */
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
#include "summary.h"

static const char a_tsv[] =
    "# wasishim-report/1: a comment without TAB\n"
    "# sdk_id\tsdk-a\n"
    "# identity\twasi-sdk 25.0 (from its VERSION file)\n"
    "same\t1\tmeasured\t\n"
    "value_differs\t0\tmeasured\terrno=52\n"
    "prov_differs\t1\tmeasured\t\n"
    "not_run_differs\t0\tnot-run\ttimed out\n"
    "only_a\t1\tmeasured\t\n"
    "wordsize_is_32\t0\tmeasured\t\n";
static const char b_tsv[] = "# sdk_id\tsdk-b\n"
                            "# identity\twasi-libc of wasi-sdk 29 or later\n"
                            "only_b\t0\tmeasured\t\n"
                            "same\t1\tmeasured\t\n"
                            "value_differs\t1\tmeasured\t\n"
                            "prov_differs\t1\tnot-run\tno runtime\n"
                            "not_run_differs\t1\tmeasured\t\n"
                            "wordsize_is_32\t1\tmeasured\t\n";
static const char a_catalogue[] =
    "value_differs\trun\tW_V\ts\tv really works.\n"
    "only_a\tlink\tW_A\ts\ta | links.\n";
static const char b_catalogue[] = "only_b\tcompile\tW_B\ts\tb compiles.\n";

struct pair {
  struct summary s[2];
};

static void load_pair(void **state, struct pair *p) {
  const char *dir = ((struct tdir *)*state)->dir;
  struct err e = {0};
  char path[4096];

  put(dir, "a/report.tsv", a_tsv);
  put(dir, "a/probes/catalogue.tsv", a_catalogue);
  put(dir, "b/report.tsv", b_tsv);
  put(dir, "b/probes/catalogue.tsv", b_catalogue);
  snprintf(path, sizeof path, "%s/a", dir);
  assert_int_equal(summary_load(&p->s[0], path, &e), 0);
  snprintf(path, sizeof path, "%s/b", dir);
  assert_int_equal(summary_load(&p->s[1], path, &e), 0);
}

static void free_pair(struct pair *p) {
  summary_free(&p->s[0]);
  summary_free(&p->s[1]);
}

static void reads_header_and_facts(void **state) {
  struct pair p;
  const struct summary_fact *f;

  load_pair(state, &p);
  assert_string_equal(p.s[0].sdk_id, "sdk-a");
  assert_string_equal(p.s[1].identity, "wasi-libc of wasi-sdk 29 or later");
  assert_int_equal(p.s[0].n, 6);
  f = summary_find(&p.s[0], "not_run_differs");
  assert_non_null(f);
  assert_string_equal(summary_value(f), "0*");
  assert_string_equal(summary_value(summary_find(&p.s[0], "same")), "1");
  assert_string_equal(summary_value(NULL), "-");
  assert_string_equal(summary_find(&p.s[0], "only_a")->detects, "a | links.");
  assert_string_equal(summary_find(&p.s[0], "same")->detects, "");
  free_pair(&p);
}

struct compare_args {
  const struct summary *a, *b;
  size_t n;
};

static void compare(FILE *out, const void *arg) {
  struct compare_args *c = (struct compare_args *)arg;

  c->n = print_compare(out, c->a, c->b);
}

static void compare_lists_only_differences(void **state) {
  struct pair p;
  struct compare_args c;
  char *text;

  load_pair(state, &p);
  c = (struct compare_args){&p.s[0], &p.s[1], 0};
  text = capture(compare, &c);
  assert_int_equal(c.n, 5);
  assert_true(contains(text, "`sdk-a`, wasi-sdk 25.0 (from its VERSION file)"));
  assert_true(contains(text, "`sdk-b`, wasi-libc of wasi-sdk 29 or later"));
  assert_true(contains(text, "| `value_differs` | 0 | 1 | v really works. |"));
  assert_true(contains(text, "| `not_run_differs` | 0* | 1 |"));
  assert_true(contains(text, "| `only_a` | 1 | - | a \\| links. |"));
  assert_true(contains(text, "| `only_b` | - | 0 | b compiles. |"));
  assert_false(contains(text, "`same`"));
  assert_false(contains(text, "`prov_differs`")); /* same value */
  assert_true(contains(text, "| `wordsize_is_32` | 0 | 1 |"));
  /* The ABI line comes before the count, which stays the last line. */
  assert_true(contains(text, "|\n\nABI: A and B disagree on `__WORDSIZE` "
                             "(64 on A, 32 on B): a static library built "
                             "with sdk-a's headers and linked by sdk-b"));
  assert_true(contains(text, "(docs/quirks/abi-types.md).\n\n5 facts "
                             "differ.\n"));
  free(text);
  free_pair(&p);
}

static void compare_with_itself_lists_nothing(void **state) {
  struct pair p;
  struct compare_args c;
  char *text;

  load_pair(state, &p);
  c = (struct compare_args){&p.s[0], &p.s[0], 0};
  text = capture(compare, &c);
  assert_int_equal(c.n, 0);
  assert_true(contains(text, "|---|---|---|---|\n\n0 facts differ.\n"));
  free(text);
  free_pair(&p);
}

static void matrix(FILE *out, const void *arg) {
  print_matrix(out, arg, 2);
}

static void matrix_shows_the_union(void **state) {
  struct pair p;
  char *text;

  load_pair(state, &p);
  text = capture(matrix, p.s);
  assert_true(contains(text, "| fact | sdk-a | sdk-b |\n|---|---|---|\n"));
  assert_true(contains(text, "| wasi-sdk 25.0 (from its VERSION file) | "
                             "wasi-libc of wasi-sdk 29 or later |\n"));
  assert_true(contains(text, "| `not_run_differs` | 0* | 1 |\n"
                             "| `only_a` | 1 | - |\n"
                             "| `only_b` | - | 0 |\n"
                             "| `prov_differs` | 1 | 1* |\n"
                             "| `same` | 1 | 1 |\n"
                             "| `value_differs` | 0 | 1 |\n"
                             "| `wordsize_is_32` | 0 | 1 |\n\n"));
  assert_true(contains(text, "`*` not measured"));
  free(text);
  free_pair(&p);
}

static void bad_report_tsv_is_an_error(void **state) {
  const char *dir = ((struct tdir *)*state)->dir;
  struct summary s;
  struct err e = {0};
  char path[4096];

  snprintf(path, sizeof path, "%s/x", dir);
  put(dir, "x/report.tsv", "same\t1\tmeasured\t\n");
  assert_int_equal(summary_load(&s, path, &e), -1);
  assert_true(contains(e.msg, "report.tsv: no '# sdk_id' line"));
  put(dir, "x/report.tsv", "# sdk_id\tx\nsame\tyes\tmeasured\t\n");
  assert_int_equal(summary_load(&s, path, &e), -1);
  assert_true(contains(e.msg, "line 2: not a fact line"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(reads_header_and_facts),
      T(compare_lists_only_differences),
      T(compare_with_itself_lists_nothing),
      T(matrix_shows_the_union),
      T(bad_report_tsv_is_an_error),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
