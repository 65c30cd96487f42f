/* Reading the probe engine's files (docs/probe-files.md). */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "facts.h"
#include "helpers.h"
#include "tsv.h"

static const char *dir_of(void **state) {
  return ((struct tdir *)*state)->dir;
}

static char *path(void **state, const char *rel) {
  static char buf[4096];

  snprintf(buf, sizeof buf, "%s/%s", dir_of(state), rel);
  return buf;
}

static void tsv_skips_comments_and_blank_lines_and_cr(void **state) {
  struct tsv t;
  struct err e = {0};

  put(dir_of(state), "t.tsv", "# header\n\na\tb\r\nc\n");
  assert_int_equal(tsv_read(&t, path(state, "t.tsv"), 0, &e), 0);
  assert_int_equal(t.n, 2);
  assert_int_equal(t.rows[0].line, 3);
  assert_int_equal(t.rows[0].nf, 2);
  assert_string_equal(t.rows[0].f[1], "b");
  assert_string_equal(tsv_field(&t.rows[1], 3), "");
  tsv_free(&t);
}

static void tsv_keeps_comments_when_asked(void **state) {
  struct tsv t;
  struct err e = {0};

  put(dir_of(state), "t.tsv", "# k\tv\nx\n");
  assert_int_equal(tsv_read(&t, path(state, "t.tsv"), 1, &e), 0);
  assert_int_equal(t.n, 2);
  assert_string_equal(t.rows[0].f[0], "# k");
  tsv_free(&t);
}

static void tsv_keeps_empty_fields(void **state) {
  struct tsv t;
  struct err e = {0};

  put(dir_of(state), "t.tsv", "a\t\t\tz\n");
  assert_int_equal(tsv_read(&t, path(state, "t.tsv"), 0, &e), 0);
  assert_int_equal(t.rows[0].nf, 4);
  assert_string_equal(t.rows[0].f[1], "");
  assert_string_equal(t.rows[0].f[3], "z");
  tsv_free(&t);
}

static void tsv_missing_file_names_it(void **state) {
  struct tsv t;
  struct err e = {0};

  assert_int_equal(tsv_read(&t, path(state, "nope.tsv"), 0, &e), -1);
  assert_true(contains(e.msg, "nope.tsv: cannot open"));
  assert_int_equal(e.sys_errno, ENOENT);
}

static void catalogue_is_sorted_and_checked(void **state) {
  struct catalogue c;
  struct err e = {0};

  put(dir_of(state), "c.tsv",
      "zz\tlink\tWASISHIM_ZZ\ts\tz.\n"
      "aa\trun\tWASISHIM_AA\ts\ta.\tseen\tlink\t1\twhy\t1 = x\n");
  assert_int_equal(catalogue_load(&c, path(state, "c.tsv"), &e), 0);
  assert_int_equal(c.n, 2);
  assert_string_equal(c.v[0].id, "aa");
  assert_string_equal(c.v[0].fallback, "1");
  assert_string_equal(c.v[1].bits, "");
  assert_non_null(catalogue_find(&c, "zz"));
  assert_null(catalogue_find(&c, "z"));
  catalogue_free(&c);
}

static void catalogue_error(void **state, const char *text, const char *want) {
  struct catalogue c;
  struct err e = {0};

  put(dir_of(state), "c.tsv", text);
  assert_int_equal(catalogue_load(&c, path(state, "c.tsv"), &e), -1);
  if (!contains(e.msg, want))
    fail_msg("'%s' does not contain '%s'", e.msg, want);
}

static void catalogue_rejects_bad_rows(void **state) {
  catalogue_error(state, "a\tlink\tM\ts\td\na\tlink\tM\ts\td\n",
                  "fact 'a' is listed twice");
  catalogue_error(state, "a\tbuild\tM\ts\td\n", "line 1: a: kind 'build'");
  catalogue_error(state, "A-b\tlink\tM\ts\td\n", "line 1: fact id 'A-b'");
  catalogue_error(state, "a\tlink\t1M\ts\td\n", "macro '1M'");
  catalogue_error(state, "a\trun\tM\ts\td\t\t\t2\n", "fallback '2'");
  catalogue_error(state, "x\n\na\tlink\n",
                  "line 1: expected 5 to 10 TAB-separated fields, found 1");
  catalogue_error(state, "a\tlink\tM\ts\td\t\t\t\t\t\textra\n", "found 11");
}

static void result_reads_one_line(void **state) {
  struct fact f = {.id = "x"};
  struct err e = {0};

  put(dir_of(state), "r", "0\tnot-run\ttimed out; fallback 0\n");
  assert_int_equal(result_load(&f, path(state, "r"), &e), 0);
  assert_int_equal(f.value, 0);
  assert_int_equal(f.measured, 0);
  assert_string_equal(f.detail, "timed out; fallback 0");
  free(f.provenance);
  free(f.detail);
  put(dir_of(state), "r", "1\tmeasured\n"); /* detail left out */
  assert_int_equal(result_load(&f, path(state, "r"), &e), 0);
  assert_int_equal(f.measured, 1);
  assert_string_equal(f.detail, "");
  free(f.provenance);
  free(f.detail);
}

static void result_errors_name_the_fact(void **state) {
  struct fact f = {.id = "chmod_works"};
  struct err e = {0};

  assert_int_equal(result_load(&f, path(state, "missing"), &e), -1);
  assert_true(contains(e.msg, "no result for fact chmod_works"));
  put(dir_of(state), "r", "yes\tmeasured\t\n");
  assert_int_equal(result_load(&f, path(state, "r"), &e), -1);
  assert_true(contains(e.msg, "chmod_works: value 'yes'"));
  put(dir_of(state), "r", "1\tguessed\t\n");
  assert_int_equal(result_load(&f, path(state, "r"), &e), -1);
  assert_true(contains(e.msg, "provenance 'guessed'"));
  put(dir_of(state), "r", "1\tmeasured\t\n0\tmeasured\t\n");
  assert_int_equal(result_load(&f, path(state, "r"), &e), -1);
  assert_true(contains(e.msg, "expected one line, found 2"));
}

static void identity_reads_keys(void **state) {
  struct identity id;
  struct err e = {0};

  put(dir_of(state), "i", "sdk_id\ts\nversion\nfuture_key\tx\nclang\t19\n");
  assert_int_equal(identity_load(&id, path(state, "i"), &e), 0);
  assert_string_equal(id.sdk_id, "s");
  assert_string_equal(id.version, "");
  assert_string_equal(id.wasi_sdk_major, "");
  assert_string_equal(id.clang, "19");
  identity_free(&id);
}

static void identity_needs_sdk_id_once(void **state) {
  struct identity id;
  struct err e = {0};

  put(dir_of(state), "i", "target\tt\n");
  assert_int_equal(identity_load(&id, path(state, "i"), &e), -1);
  assert_true(contains(e.msg, "no sdk_id"));
  put(dir_of(state), "i", "sdk_id\ta\nsdk_id\tb\n");
  assert_int_equal(identity_load(&id, path(state, "i"), &e), -1);
  assert_true(contains(e.msg, "line 2: key 'sdk_id' appears twice"));
}

static void facts_load_reads_a_build(void **state) {
  struct facts fs;
  struct err e = {0};
  const struct fact *f;

  sample_inputs(dir_of(state));
  assert_int_equal(facts_load(&fs, path(state, "build"), &e), 0);
  assert_int_equal(fs.cat.n, 4);
  f = facts_find(&fs, "b_works");
  assert_non_null(f);
  assert_string_equal(f->detail, "errno=52");
  assert_string_equal(fs.id.sdk_id, "test-sdk");
  facts_free(&fs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(tsv_skips_comments_and_blank_lines_and_cr),
      T(tsv_keeps_comments_when_asked),
      T(tsv_keeps_empty_fields),
      T(tsv_missing_file_names_it),
      T(catalogue_is_sorted_and_checked),
      T(catalogue_rejects_bad_rows),
      T(result_reads_one_line),
      T(result_errors_name_the_fact),
      T(identity_reads_keys),
      T(identity_needs_sdk_id_once),
      T(facts_load_reads_a_build),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
