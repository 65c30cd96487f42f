/* `write`: every output complete, or on error none touched and no
   temporary file left behind. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "helpers.h"
#include "write.h"

static const char *const outputs[] = {"build/include/wasishim/config.h",
                                      "build/config.site", "build/report.json",
                                      "build/report.tsv", "build/report.md"};
enum { N = sizeof outputs / sizeof outputs[0] };

static const char *dir_of(void **state) {
  return ((struct tdir *)*state)->dir;
}

static int run(void **state, struct err *e) {
  char build[4096], src[4096];

  snprintf(build, sizeof build, "%s/build", dir_of(state));
  snprintf(src, sizeof src, "%s/src", dir_of(state));
  return report_write(build, src, e);
}

static void assert_no_temporaries(void **state) {
  char sub[4096];

  snprintf(sub, sizeof sub, "%s/build", dir_of(state));
  assert_int_equal(hidden_entries(sub), 0);
  snprintf(sub, sizeof sub, "%s/build/include/wasishim", dir_of(state));
  assert_int_equal(hidden_entries(sub), 0);
}

static void assert_no_outputs(void **state) {
  for (size_t i = 0; i < N; i++)
    if (exists(dir_of(state), outputs[i]))
      fail_msg("%s exists", outputs[i]);
  assert_no_temporaries(state);
}

/* Snapshot of every output, to show an error changed none of them. */
struct snapshot {
  char *text[N];
};

static void take(void **state, struct snapshot *s) {
  for (size_t i = 0; i < N; i++) {
    s->text[i] = get(dir_of(state), outputs[i]);
    assert_non_null(s->text[i]);
  }
}

static void assert_unchanged(void **state, struct snapshot *s) {
  for (size_t i = 0; i < N; i++) {
    char *now = get(dir_of(state), outputs[i]);
    int same = now && !strcmp(now, s->text[i]);

    free(now);
    free(s->text[i]);
    if (!same)
      fail_msg("%s changed", outputs[i]);
  }
  assert_no_temporaries(state);
}

static void writes_every_output(void **state) {
  struct err e = {0};
  char *h, *tsv;

  sample_inputs(dir_of(state));
  assert_int_equal(run(state, &e), 0);
  assert_no_temporaries(state);
  h = get(dir_of(state), "build/include/wasishim/config.h");
  tsv = get(dir_of(state), "build/report.tsv");
  assert_non_null(h);
  assert_true(contains(h, "#ifndef WASISHIM_CONFIG_H\n"));
  assert_true(contains(h, "do not edit"));
  assert_true(
      contains(h, "[measured, errno=52] */\n#define WASISHIM_B_WORKS 0\n"));
  assert_true(contains(tsv, "# sdk_id\ttest-sdk\n"));
  assert_true(contains(tsv, "# identity\twasi-libc of wasi-sdk 26 or later"));
  assert_true(contains(tsv, "\nd_works\t0\tnot-run\ttimed out"));
  for (size_t i = 0; i < N; i++)
    assert_true(exists(dir_of(state), outputs[i]));
  free(h);
  free(tsv);
}

static void missing_result_names_the_fact(void **state) {
  struct err e = {0};
  char res[4096];

  sample_inputs(dir_of(state));
  snprintf(res, sizeof res, "%s/build/probes/res/c_header", dir_of(state));
  assert_int_equal(remove(res), 0);
  assert_int_equal(run(state, &e), -1);
  assert_true(contains(e.msg, "res/c_header: no result for fact c_header"));
  assert_no_outputs(state);
}

static void bad_condition_keeps_previous_outputs(void **state) {
  struct err e = {0};
  struct snapshot s;

  sample_inputs(dir_of(state));
  assert_int_equal(run(state, &e), 0);
  take(state, &s);
  put(dir_of(state), "build/probes/res/b_works", "1\tmeasured\t\n");
  put(dir_of(state), "src/modules/sample",
      "Module: sample\nSite: gone | x=1 | - | r\n");
  assert_int_equal(run(state, &e), -1);
  assert_true(contains(e.msg, "modules/sample:2: condition 'gone' names "
                              "gone, no fact in the catalogue"));
  assert_unchanged(state, &s);
}

/* A file size limit makes write() fail part way, like a full disk. */
static void write_error_keeps_previous_outputs(void **state) {
  struct err e = {0};
  struct snapshot s;
  struct rlimit old, small;
  void (*old_handler)(int);
  int rc;

  sample_inputs(dir_of(state));
  assert_int_equal(run(state, &e), 0);
  take(state, &s);
  put(dir_of(state), "build/probes/res/b_works", "1\tmeasured\t\n");
  assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
  small = old;
  small.rlim_cur = 1000; /* config.h fits, report.json does not */
  old_handler = signal(SIGXFSZ, SIG_IGN);
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
  rc = run(state, &e);
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, old_handler);
  assert_int_equal(rc, -1);
  assert_true(contains(e.msg, "cannot write"));
  assert_unchanged(state, &s);
}

static void folder_in_the_way_stops_before_any_rename(void **state) {
  struct err e = {0};
  char md[4096];

  sample_inputs(dir_of(state));
  snprintf(md, sizeof md, "%s/build/report.md", dir_of(state));
  assert_int_equal(mkdir(md, 0777), 0);
  assert_int_equal(run(state, &e), -1);
  assert_true(contains(e.msg, "report.md: is a folder"));
  assert_false(exists(dir_of(state), "build/config.site"));
  assert_false(exists(dir_of(state), "build/report.tsv"));
  assert_no_temporaries(state);
}

static void include_path_that_is_a_file(void **state) {
  struct err e = {0};

  sample_inputs(dir_of(state));
  put(dir_of(state), "build/include", "not a folder\n");
  assert_int_equal(run(state, &e), -1);
  assert_true(contains(e.msg, "build/include: is not a folder"));
  assert_false(exists(dir_of(state), "build/report.tsv"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(writes_every_output),
      T(missing_result_names_the_fact),
      T(bad_condition_keeps_previous_outputs),
      T(write_error_keeps_previous_outputs),
      T(folder_in_the_way_stops_before_any_rename),
      T(include_path_that_is_a_file),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
