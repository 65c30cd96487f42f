/* The Site: rows of the manifests: conditions, the line chosen and how it
   is written into config.site. */
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

struct loaded {
  struct facts fs;
  struct modules m;
  struct report r;
};

/* Loads the inputs sample_inputs (and the test) wrote. */
static void load(void **state, struct loaded *l, struct ident *id) {
  struct err e = {0};

  assert_int_equal(facts_load(&l->fs, path(state, "build"), &e), 0);
  assert_int_equal(modules_load(&l->m, path(state, "src"), &e), 0);
  assert_int_equal(modules_check(&l->m, &l->fs, &e), 0);
  l->r = (struct report){&l->fs, id, &l->m};
}

static void unload(struct loaded *l) {
  modules_free(&l->m);
  facts_free(&l->fs);
}

static void manifest(void **state, const char *rows) {
  char text[2048];

  snprintf(text, sizeof text, "Module: sample\n%s", rows);
  put(((struct tdir *)*state)->dir, "src/modules/sample", text);
}

static void emit(FILE *out, const void *r) {
  emit_config_site(out, r);
}

static const char *line_of(struct loaded *l, size_t i) {
  const struct fact *u;

  return site_line(&l->m.site[i], &l->fs, &u);
}

static void conditions_and_negation(void **state) {
  struct loaded l;
  struct ident id = {"x", "fingerprint", NULL};

  sample_inputs(((struct tdir *)*state)->dir);
  manifest(state, "Site: a_links | A | - | r\n"
                  "Site: b_works | A | - | r\n"
                  "Site: !a_links | A | | r\n"
                  "Site: !b_works | A | | r\n"
                  "Site: 1 | A | B | r\n");
  load(state, &l, &id);
  assert_int_equal(l.m.nsite, 5);
  assert_string_equal(line_of(&l, 0), "A");
  assert_null(line_of(&l, 1)); /* "-" */
  assert_null(line_of(&l, 2)); /* empty reads like "-" */
  assert_string_equal(line_of(&l, 3), "A");
  assert_int_equal(site_always(&l.m.site[4]), 1);
  assert_string_equal(line_of(&l, 4), "A");
  unload(&l);
}

/* & binds tighter than |; the condition ends where the last three fields
   begin, so it may use | itself. */
static void a_condition_with_and_and_or(void **state) {
  struct loaded l;
  struct ident id = {"x", "fingerprint", NULL};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  manifest(state, "Site: b_works | X=1 | X=0 | never\n"
                  "Site: b_works & a_links | Y=1 | Y=0 | and\n"
                  "Site: b_works & a_links | c_header | Z=1 | Z=0 | and, or\n"
                  "Site: !b_works & a_links | b_works | W=1 | W=0 | or, and\n");
  load(state, &l, &id);
  assert_int_equal(l.m.nsite, 4);
  assert_string_equal(l.m.site[2].cond, "b_works&a_links|c_header");
  assert_string_equal(l.m.site[2].when1, "Z=1");
  assert_string_equal(l.m.site[2].reason, "and, or");
  assert_string_equal(line_of(&l, 1), "Y=0");
  assert_string_equal(line_of(&l, 2), "Z=1");
  assert_string_equal(line_of(&l, 3), "W=1");
  text = capture(emit, &l.r);
  assert_true(contains(text, "\n# and, or [b_works&a_links|c_header: probes "
                             "b_works = 0, a_links = 1, c_header = 1, "
                             "measured]\nZ=1\n"));
  free(text);
  unload(&l);
}

static void rows_keep_their_line(void **state) {
  struct modules m;
  struct err e = {0};

  manifest(state, "# a comment\n\nSite: !b_works | ac_cv_func_b=no | - | b "
                  "is\n  a stub\n");
  assert_int_equal(modules_load(&m, path(state, "src"), &e), 0);
  assert_int_equal(m.nsite, 1);
  assert_string_equal(m.site[0].cond, "!b_works");
  assert_int_equal(m.site[0].line, 4);
  assert_string_equal(m.site[0].reason, "b is a stub");
  modules_free(&m);
}

static void bad_condition_names_the_row(void **state) {
  struct modules m;
  struct err e = {0};

  manifest(state, "Site: a | x | - | r\nSite: !!a | x | - | r\n");
  assert_int_equal(modules_load(&m, path(state, "src"), &e), -1);
  assert_true(contains(e.msg, "modules/sample:3: condition \"!!a\" is not "
                              "facts joined by & and |"));
}

static void too_few_fields_is_named(void **state) {
  struct modules m;
  struct err e = {0};

  manifest(state, "Site: a | x | r\n");
  assert_int_equal(modules_load(&m, path(state, "src"), &e), -1);
  assert_true(contains(e.msg, "modules/sample:2: Site: condition | line"));
}

static void unknown_fact_names_the_row(void **state) {
  struct facts fs;
  struct modules m;
  struct err e = {0};

  sample_inputs(((struct tdir *)*state)->dir);
  manifest(state, "Site: a_links | x=1 | - | r\nSite: a_links | !zz_gone | "
                  "x=2 | - | r\n");
  assert_int_equal(facts_load(&fs, path(state, "build"), &e), 0);
  assert_int_equal(modules_load(&m, path(state, "src"), &e), 0);
  assert_int_equal(modules_check(&m, &fs, &e), -1);
  assert_true(contains(e.msg, "modules/sample:3: condition "
                              "'a_links|!zz_gone' names zz_gone, no fact"));
  modules_free(&m);
  facts_free(&fs);
}

static void config_site_has_reasons_and_verbatim_lines(void **state) {
  struct loaded l;
  struct ident id = {"wasi-libc of wasi-sdk 99", "fingerprint", NULL};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  load(state, &l, &id);
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
  struct ident id = {"x", "fingerprint", NULL};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  manifest(state, "Site: b_works | ac_cv_b=yes | - | never shown\n");
  load(state, &l, &id);
  text = capture(emit, &l.r);
  assert_false(contains(text, "never shown"));
  assert_false(contains(text, "ac_cv_b"));
  free(text);
  unload(&l);
}

static void unmeasured_and_fixed_rows_are_marked(void **state) {
  struct loaded l;
  struct ident id = {"x", "fingerprint",
                     "VERSION says 1.0; its libc measures as "
                     "that of wasi-sdk 99"};
  char *text;

  sample_inputs(((struct tdir *)*state)->dir);
  manifest(state,
           "Site: d_works | ac_cv_d=yes | ac_cv_d=no | d returns\n"
           "Site: a_links & d_works | ac_cv_e=yes | ac_cv_e=no | both\n"
           "Site: a_links | ac_cv_same=no | ac_cv_same=no | the same either "
           "way\n");
  load(state, &l, &id);
  text = capture(emit, &l.r);
  assert_true(contains(text, "# WARNING: the identity sources disagree: "
                             "VERSION says 1.0; its libc measures as that of "
                             "wasi-sdk 99.\n"));
  assert_true(contains(text, "\n# d returns [NOT MEASURED: probe d_works could "
                             "not run; timed out after 10s; fallback 0]\n"
                             "ac_cv_d=no\n"));
  assert_true(contains(text, "\n# both [NOT MEASURED: probe d_works could "
                             "not run; timed out after 10s; fallback 0]\n"
                             "ac_cv_e=no\n"));
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
      T(a_condition_with_and_and_or),
      T(rows_keep_their_line),
      T(bad_condition_names_the_row),
      T(too_few_fields_is_named),
      T(unknown_fact_names_the_row),
      T(config_site_has_reasons_and_verbatim_lines),
      T(row_with_dash_writes_nothing),
      T(unmeasured_and_fixed_rows_are_marked),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
