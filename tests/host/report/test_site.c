/* probes/config-site.tsv: conditions, the line chosen and how it is
   written into config.site. */
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
#include "site.h"

static char *path(void **state, const char *rel) {
  static char buf[4096];

  snprintf(buf, sizeof buf, "%s/%s", ((struct tdir *)*state)->dir, rel);
  return buf;
}

static void conditions_and_negation(void **state) {
  struct fact one = {.id = "x", .value = 1}, zero = {.id = "x", .value = 0};
  struct site_rule plain = {.fact_id = "x", .when1 = "A", .when0 = "-"};
  struct site_rule neg = {
      .fact_id = "x", .negate = 1, .when1 = "A", .when0 = ""};

  (void)state;
  assert_int_equal(site_holds(&plain, &one), 1);
  assert_int_equal(site_holds(&plain, &zero), 0);
  assert_int_equal(site_holds(&neg, &one), 0);
  assert_int_equal(site_holds(&neg, &zero), 1);
  assert_string_equal(site_line(&plain, &one), "A");
  assert_null(site_line(&plain, &zero)); /* "-" */
  assert_string_equal(site_line(&neg, &zero), "A");
  assert_null(site_line(&neg, &one)); /* empty reads like "-" */
}

static void condition_1_always_holds_without_a_fact(void **state) {
  struct site_rule always = {.fact_id = "1", .when1 = "A", .when0 = "B"};

  (void)state;
  assert_int_equal(site_always(&always), 1);
  assert_int_equal(site_holds(&always, NULL), 1);
  assert_string_equal(site_line(&always, NULL), "A");
}

static void rows_are_parsed(void **state) {
  struct site_rules s;
  struct err e = {0};

  put(((struct tdir *)*state)->dir, "cs.tsv",
      "condition\twhen-1\twhen-0\treason\n"
      "# a comment\n"
      "!b_works\tac_cv_func_b=no\t-\tb is a stub\n"
      "a_links\t-\tac_cv_func_a=no\n");
  assert_int_equal(site_load(&s, path(state, "cs.tsv"), &e), 0);
  assert_int_equal(s.n, 2);
  assert_int_equal(s.v[0].negate, 1);
  assert_string_equal(s.v[0].fact_id, "b_works");
  assert_int_equal(s.v[0].line, 3);
  assert_string_equal(s.v[1].reason, "");
  site_free(&s);
}

static void bad_condition_names_the_row(void **state) {
  struct site_rules s;
  struct err e = {0};

  put(((struct tdir *)*state)->dir, "cs.tsv", "a\tx\t-\tr\n!!a\tx\t-\tr\n");
  assert_int_equal(site_load(&s, path(state, "cs.tsv"), &e), -1);
  assert_true(contains(e.msg, "cs.tsv: line 2: condition '!!a'"));
}

struct loaded {
  struct facts fs;
  struct site_rules site;
  struct ident id;
  struct report r;
};

/* Loads the inputs sample_inputs (or the test) wrote. */
static void load(void **state, struct loaded *l, struct err *e) {
  assert_int_equal(facts_load(&l->fs, path(state, "build"), e), 0);
  assert_int_equal(
      site_load(&l->site, path(state, "build/probes/config-site.tsv"), e), 0);
}

static void unload(struct loaded *l) {
  site_free(&l->site);
  facts_free(&l->fs);
}

static void unknown_fact_names_the_row(void **state) {
  struct loaded l;
  struct err e = {0};

  sample_inputs(((struct tdir *)*state)->dir);
  put(((struct tdir *)*state)->dir, "build/probes/config-site.tsv",
      "a_links\tx=1\t-\tr\n!zz_gone\tx=2\t-\tr\n");
  load(state, &l, &e);
  assert_int_equal(site_check(&l.site, &l.fs, &e), -1);
  assert_true(contains(
      e.msg, "config-site.tsv: line 2: condition '!zz_gone' names no fact"));
  unload(&l);
}

static void emit(FILE *out, const void *r) {
  emit_config_site(out, r);
}

static void config_site_has_reasons_and_verbatim_lines(void **state) {
  struct loaded l;
  struct err e = {0};
  struct ident id = {"wasi-libc of wasi-sdk 99", "fingerprint", NULL};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  load(state, &l, &e);
  assert_int_equal(site_check(&l.site, &l.fs, &e), 0);
  l.r = (struct report){&l.fs, &id, &l.site, NULL};
  text = capture(emit, &l.r);
  assert_true(contains(text, "# config.site for the SDK test-sdk:\n"
                             "# wasi-libc of wasi-sdk 99\n"));
  assert_true(contains(text, "\n# b is a stub [probe b_works = 0, measured, "
                             "errno=52]\nac_cv_func_b=no\n"));
  assert_true(contains(text, "\n# a is there [probe a_links = 1, measured]\n"
                             "CPPFLAGS=\"$CPPFLAGS -DHAVE_A\"\n"));
  free(text);
  unload(&l);
}

static void row_with_dash_writes_nothing(void **state) {
  struct loaded l;
  struct err e = {0};
  struct ident id = {"x", "fingerprint", NULL};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  put(((struct tdir *)*state)->dir, "build/probes/config-site.tsv",
      "b_works\tac_cv_b=yes\t-\tnever shown\n");
  load(state, &l, &e);
  l.r = (struct report){&l.fs, &id, &l.site, NULL};
  text = capture(emit, &l.r);
  assert_false(contains(text, "never shown"));
  assert_false(contains(text, "ac_cv_b"));
  free(text);
  unload(&l);
}

static void unmeasured_and_fixed_rows_are_marked(void **state) {
  struct loaded l;
  struct err e = {0};
  struct ident id = {"x", "fingerprint",
                     "VERSION says 1.0; its libc measures as "
                     "that of wasi-sdk 99"};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  put(((struct tdir *)*state)->dir, "build/probes/config-site.tsv",
      "d_works\tac_cv_d=yes\tac_cv_d=no\td returns\n"
      "a_links\tac_cv_same=no\tac_cv_same=no\tthe same either way\n");
  load(state, &l, &e);
  l.r = (struct report){&l.fs, &id, &l.site, NULL};
  text = capture(emit, &l.r);
  assert_true(contains(text, "# WARNING: the identity sources disagree: "
                             "VERSION says 1.0; its libc measures as that of "
                             "wasi-sdk 99.\n"));
  assert_true(contains(text, "\n# d returns [NOT MEASURED: probe d_works could "
                             "not run; timed out after 10s; fallback 0]\n"
                             "ac_cv_d=no\n"));
  assert_true(contains(text,
                       "\n# the same either way [fixed: the same on every "
                       "SDK]\nac_cv_same=no\n"));
  free(text);
  unload(&l);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(conditions_and_negation),
      T(condition_1_always_holds_without_a_fact),
      T(rows_are_parsed),
      T(bad_condition_names_the_row),
      T(unknown_fact_names_the_row),
      T(config_site_has_reasons_and_verbatim_lines),
      T(row_with_dash_writes_nothing),
      T(unmeasured_and_fixed_rows_are_marked),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
