/* Identity from probes/fingerprint.tsv: the intersection of the intervals
   the measured facts put the SDK in, and the facts that bound it. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fingerprint.h"
#include "helpers.h"
#include "identity.h"

/* The table of the quirks catalogue, as the engine would hold it. */
static const char table[] = "# fact\tfrom\tto\tnote\n"
                            "chmod_links\t22\t\tstubs since 22\n"
                            "libc_busywait_h_exists\t26\t\tsince 26\n"
                            "wasi_init_tp_links\t28\t\tPR 618\n"
                            "gethostname_links\t29\t-\tsince 29\n"
                            "old_only\t0\t20\tgone in 21\n"
                            "sdk27_only\t27\t27\tlime1 sysroot\n"
                            "not_in_catalogue\t30\t\tignored\n";

/* Facts by id; `v` is "1", "0", "1*" or "0*" (not measured), NULL = absent.
   Kept sorted by id, as catalogue_load leaves them. */
struct world {
  struct fingerprint fp;
  struct facts fs;
  struct fact f[6];
};

static void set(struct world *w, const char *chmod, const char *busywait,
                const char *gethost, const char *old, const char *s27,
                const char *tp) {
  const char *ids[] = {
      "chmod_links", "gethostname_links", "libc_busywait_h_exists",
      "old_only",    "sdk27_only",        "wasi_init_tp_links"};
  const char *vals[] = {chmod, gethost, busywait, old, s27, tp};
  size_t n = 0;

  for (size_t i = 0; i < 6; i++)
    if (vals[i]) {
      w->f[n] = (struct fact){.id = ids[i]};
      w->f[n].value = vals[i][0] == '1';
      w->f[n].measured = vals[i][1] != '*';
      n++;
    }
  w->fs.cat.v = w->f;
  w->fs.cat.n = n;
}

static int setup(void **state) {
  struct world *w = calloc(1, sizeof *w);
  struct tdir *t;
  struct err e = {0};
  char path[4096];

  if (!w || tdir_setup(state))
    return -1;
  t = *state;
  put(t->dir, "fingerprint.tsv", table);
  snprintf(path, sizeof path, "%s/fingerprint.tsv", t->dir);
  if (fingerprint_load(&w->fp, path, &e))
    return -1;
  tdir_teardown(state);
  *state = w;
  return 0;
}

static int teardown(void **state) {
  struct world *w = *state;

  fingerprint_free(&w->fp);
  free(w);
  return 0;
}

static void expect(struct world *w, const char *want) {
  char *got = fingerprint_describe(&w->fp, &w->fs);
  char copy[512];

  /* Copied so that a failing assert (a longjmp) leaks nothing. */
  snprintf(copy, sizeof copy, "%s", got ? got : "(null)");
  free(got);
  assert_string_equal(copy, want ? want : "(null)");
}

static void header_row_is_skipped_and_top_found(void **state) {
  struct world *w = *state;

  assert_int_equal(w->fp.n, 7);
  assert_int_equal(w->fp.top, 31);
  assert_int_equal(w->fp.v[3].to, FP_OPEN); /* "-" */
}

static void one_and_zero_bracket_two_versions(void **state) {
  struct world *w = *state;

  set(w, "1", "1", NULL, NULL, NULL, "0");
  expect(w, "wasi-libc of wasi-sdk 26 or 27 (fingerprint: "
            "libc_busywait_h_exists=1, wasi_init_tp_links=0)");
}

static void lower_bound_only(void **state) {
  struct world *w = *state;

  set(w, "1", "1", "1", NULL, NULL, "1");
  expect(w, "wasi-libc of wasi-sdk 29 or later (fingerprint: "
            "gethostname_links=1)");
}

static void zero_with_open_end_is_below(void **state) {
  struct world *w = *state;

  set(w, "0", NULL, NULL, NULL, NULL, NULL);
  expect(w, "wasi-libc older than wasi-sdk 22 (fingerprint: chmod_links=0)");
}

static void zero_with_from_0_is_above(void **state) {
  struct world *w = *state;

  set(w, NULL, NULL, NULL, "0", NULL, NULL);
  expect(w, "wasi-libc of wasi-sdk 21 or later (fingerprint: old_only=0)");
}

static void closed_interval_pins_one_version(void **state) {
  struct world *w = *state;

  set(w, NULL, NULL, NULL, NULL, "1", NULL);
  expect(w, "wasi-libc of wasi-sdk 27 (fingerprint: sdk27_only=1)");
}

static void range_of_several(void **state) {
  struct world *w = *state;

  set(w, "1", NULL, "0", NULL, NULL, NULL);
  expect(w, "wasi-libc of wasi-sdk 22 to 28 (fingerprint: chmod_links=1, "
            "gethostname_links=0)");
}

static void zero_of_closed_interval_can_split(void **state) {
  struct world *w = *state;

  set(w, NULL, "1", NULL, NULL, "0", NULL);
  expect(w, "wasi-libc of wasi-sdk 26, or of wasi-sdk 28 or later "
            "(fingerprint: libc_busywait_h_exists=1, sdk27_only=0)");
}

static void not_measured_facts_are_ignored(void **state) {
  struct world *w = *state;

  set(w, "1", "1*", NULL, NULL, NULL, "0*");
  expect(w, "wasi-libc of wasi-sdk 22 or later (fingerprint: "
            "chmod_links=1)");
}

static void nothing_measured_gives_null(void **state) {
  struct world *w = *state;

  set(w, NULL, NULL, NULL, NULL, NULL, NULL);
  expect(w, NULL);
  set(w, "1*", NULL, NULL, NULL, NULL, NULL);
  expect(w, NULL);
}

static void contradiction_lists_every_fact(void **state) {
  struct world *w = *state;

  set(w, "0", "1", NULL, NULL, NULL, NULL);
  expect(w, "wasi-libc unlike any wasi-sdk in probes/fingerprint.tsv "
            "(fingerprint: chmod_links=0, libc_busywait_h_exists=1)");
}

/* Compared through copies, so that a failing assert (a longjmp) leaks
   nothing. */
static void expect_ident(struct ident *id, const char *text, const char *source,
                         const char *mismatch) {
  char t[1024], m[1024], s[64];

  snprintf(t, sizeof t, "%s", id->text);
  snprintf(m, sizeof m, "%s", id->mismatch ? id->mismatch : "(none)");
  snprintf(s, sizeof s, "%s", id->source);
  ident_free(id);
  assert_string_equal(t, text);
  assert_string_equal(s, source);
  assert_string_equal(m, mismatch ? mismatch : "(none)");
}

static void identity_says_what_each_source_says(void **state) {
  struct world *w = *state;
  char empty[] = "", v25[] = "25.0", m30[] = "30";
  struct ident id;

  set(w, "1", "1", NULL, NULL, NULL, "0");
  w->fs.id = (struct identity){.version = v25, .wasi_sdk_major = m30};
  ident_describe(&id, &w->fs, &w->fp);
  expect_ident(&id,
               "wasi-sdk 25.0 (from its VERSION file); __wasi_sdk_major__ "
               "is 30; its facts: wasi-libc of wasi-sdk 26 or 27 "
               "(fingerprint: libc_busywait_h_exists=1, "
               "wasi_init_tp_links=0)",
               "VERSION",
               "VERSION says 25.0; its libc measures as that of wasi-sdk 26 "
               "or 27; __wasi_sdk_major__ says 30; its libc measures as that "
               "of wasi-sdk 26 or 27; VERSION says 25.0 but <wasi/version.h> "
               "says 30");
  w->fs.id.version = empty;
  ident_describe(&id, &w->fs, &w->fp);
  expect_ident(&id,
               "wasi-sdk 30 (from <wasi/version.h>); its facts: wasi-libc "
               "of wasi-sdk 26 or 27 (fingerprint: libc_busywait_h_exists=1,"
               " wasi_init_tp_links=0)",
               "wasi/version.h",
               "__wasi_sdk_major__ says 30; its libc measures as that of "
               "wasi-sdk 26 or 27");
  w->fs.id.wasi_sdk_major = empty;
  ident_describe(&id, &w->fs, &w->fp);
  assert_true(contains(id.text, "wasi-libc of wasi-sdk 26 or 27"));
  assert_string_equal(id.source, "fingerprint");
  assert_null(id.mismatch);
  ident_free(&id);
  set(w, NULL, NULL, NULL, NULL, NULL, NULL);
  ident_describe(&id, &w->fs, &w->fp);
  assert_true(contains(id.text, "unknown wasi-sdk"));
  ident_free(&id);
}

static void load_error(const char *text, const char *want) {
  void *st;
  struct tdir *t;
  struct fingerprint fp;
  struct err e = {0};
  char path[4096];

  assert_int_equal(tdir_setup(&st), 0);
  t = st;
  put(t->dir, "f.tsv", text);
  snprintf(path, sizeof path, "%s/f.tsv", t->dir);
  assert_int_equal(fingerprint_load(&fp, path, &e), -1);
  if (!contains(e.msg, want))
    fail_msg("'%s' does not contain '%s'", e.msg, want);
  tdir_teardown(&st);
}

static void bad_rows_are_errors(void **state) {
  (void)state;
  load_error("a\tlater\t\tn\n", "line 1: a: from 'later'");
  load_error("a\t28\t26\tn\n", "line 1: a: to 26 is before from 28");
  load_error("a\t28\tx\tn\n", "to 'x' is not a version number");
  load_error("A\t28\t\tn\n", "fact 'A'");
  load_error("a\t99999\t\tn\n", "from '99999'");
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
      T(header_row_is_skipped_and_top_found),
      T(one_and_zero_bracket_two_versions),
      T(lower_bound_only),
      T(zero_with_open_end_is_below),
      T(zero_with_from_0_is_above),
      T(closed_interval_pins_one_version),
      T(range_of_several),
      T(zero_of_closed_interval_can_split),
      T(not_measured_facts_are_ignored),
      T(nothing_measured_gives_null),
      T(contradiction_lists_every_fact),
      T(identity_says_what_each_source_says),
      cmocka_unit_test(bad_rows_are_errors),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
