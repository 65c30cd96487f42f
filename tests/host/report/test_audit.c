/* audit-site: a hand-written config.site read as sh would read its
   assignments, and judged line by line against a build's facts. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "audit.h"
#include "helpers.h"
#include "sitefile.h"

static char *path(void **state, const char *rel) {
  static char buf[4096];

  snprintf(buf, sizeof buf, "%s/%s", ((struct tdir *)*state)->dir, rel);
  return buf;
}

static void load(void **state, struct sitefile *s, const char *text) {
  struct err e = {0};

  put(((struct tdir *)*state)->dir, "site", text);
  assert_int_equal(sitefile_load(s, path(state, "site"), &e), 0);
}

static void plain_and_quoted_assignments(void **state) {
  struct sitefile s;

  load(state, &s,
       "# a comment\n"
       "ac_cv_a=no\n"
       "  ac_cv_b='x y' # why\n"
       "export ac_cv_c=\"say \\\"hi\\\" $X\"\n"
       "ac_cv_d=1 ac_cv_e=2; ac_cv_f=\\;\n");
  assert_int_equal(s.n, 6);
  assert_int_equal(s.n_unread, 0);
  assert_string_equal(sitefile_find(&s, "ac_cv_a")->value, "no");
  assert_int_equal(sitefile_find(&s, "ac_cv_a")->line, 2);
  assert_string_equal(sitefile_find(&s, "ac_cv_b")->value, "x y");
  assert_string_equal(sitefile_find(&s, "ac_cv_c")->value, "say \"hi\" $X");
  assert_string_equal(sitefile_find(&s, "ac_cv_e")->value, "2");
  assert_string_equal(sitefile_find(&s, "ac_cv_f")->value, ";");
  assert_int_equal(sitefile_find(&s, "ac_cv_f")->line, 5);
  sitefile_free(&s);
}

static void the_last_assignment_wins(void **state) {
  struct sitefile s;

  load(state, &s, "ac_cv_a=no\nac_cv_a=yes\n");
  assert_string_equal(sitefile_find(&s, "ac_cv_a")->value, "yes");
  assert_int_equal(sitefile_find(&s, "ac_cv_a")->line, 2);
  assert_null(sitefile_find(&s, "ac_cv_b"));
  sitefile_free(&s);
}

static void continuation_and_crlf(void **state) {
  struct sitefile s;

  load(state, &s, "CFLAGS=\"-O2 \\\n-g\"\r\nac_cv_b=no\r\n");
  assert_string_equal(sitefile_find(&s, "CFLAGS")->value, "-O2 -g");
  assert_int_equal(sitefile_find(&s, "CFLAGS")->line, 1);
  assert_string_equal(sitefile_find(&s, "ac_cv_b")->value, "no");
  assert_int_equal(sitefile_find(&s, "ac_cv_b")->line, 3);
  sitefile_free(&s);
}

static void other_shell_is_listed_not_read(void **state) {
  struct sitefile s;

  load(state, &s,
       "if test x = y; then\n"
       "ac_cv_a=no\n"
       "fi\n"
       "ac_cv_b=$(uname) \n"
       "ac_cv_c='open\n"
       "CC=clang make\n");
  assert_int_equal(s.n, 1);
  assert_int_equal(s.n_unread, 5);
  assert_int_equal(s.unread[0], 1);
  assert_int_equal(s.unread[1], 3);
  assert_int_equal(s.unread[2], 4);
  assert_int_equal(s.unread[4], 6);
  assert_null(sitefile_find(&s, "CC"));
  sitefile_free(&s);
}

static void unreadable_or_binary_is_an_error(void **state) {
  struct sitefile s;
  struct err e = {0};

  assert_int_equal(sitefile_load(&s, path(state, "missing"), &e), -1);
  assert_true(contains(e.msg, "missing: cannot open: "));
  put(((struct tdir *)*state)->dir, "bin", "a=1\n");
  {
    FILE *f = fopen(path(state, "bin"), "ab");

    assert_non_null(f);
    fputc('\0', f);
    fclose(f);
  }
  assert_int_equal(sitefile_load(&s, path(state, "bin"), &e), -1);
  assert_true(contains(e.msg, "bin: not a text file"));
}

static void rule_lines_split(void **state) {
  char *n, *v;

  (void)state;
  assert_int_equal(site_split("CFLAGS=\"$CFLAGS -Wno-x\"", &n, &v), 0);
  assert_string_equal(n, "CFLAGS");
  assert_string_equal(v, "$CFLAGS -Wno-x");
  free(n);
  free(v);
  assert_int_equal(site_split("a=1 b=2", &n, &v), -1);
  assert_int_equal(site_split("echo hi", &n, &v), -1);
}

/* A build whose facts give one finding of each kind. */
static void sample_build(const char *dir) {
  static const char *const facts[][3] = {
      {"chmod_links", "link", "1"},    {"chmod_works", "run", "1"},
      {"eventfd_links", "link", "1"},  {"pipe_links", "link", "1"},
      {"pipe_works", "run", "0"},      {"header_sys_un_h", "compile", "1"},
      {"foo_links", "link", "1"},      {"clockid_t_is_pointer", "compile", "1"},
      {"dev_ptmx_exists", "run", "0"}, {"gone_links", "link", "0"},
  };
  char rel[256], text[256];
  FILE *cat;

  put(dir, "b/probes/catalogue.tsv", "");
  snprintf(rel, sizeof rel, "%s/b/probes/catalogue.tsv", dir);
  cat = fopen(rel, "w");
  assert_non_null(cat);
  for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
    fprintf(cat, "%s\t%s\tWASISHIM_X%zu\tprobes/x.c\t%s.\n", facts[i][0],
            facts[i][1], i, facts[i][0]);
    snprintf(rel, sizeof rel, "b/probes/res/%s", facts[i][0]);
    snprintf(text, sizeof text, "%s\tmeasured\t%s\n", facts[i][2],
             !strcmp(facts[i][0], "pipe_works") ? "errno=58" : "");
    put(dir, rel, text);
  }
  fclose(cat);
  put(dir, "b/probes/identity", "sdk_id\tsdk-x\nrunner_version\tnode v20\n");
  put(dir, "b/report.tsv", "# sdk_id\tsdk-x\n# identity\twasi-sdk 99\n");
  put(dir, "src/modules/sample",
      "Module: sample\n"
      "Site: chmod_works | ac_cv_func_chmod=yes | ac_cv_func_chmod=no | chmod "
      "stub\n"
      "Site: eventfd_links | - | ac_cv_func_eventfd=no | eventfd absent\n"
      "Site: pipe_works | ac_cv_func_pipe=yes | ac_cv_func_pipe=no | pipe "
      "stub\n"
      "Site: dev_ptmx_exists | ac_cv_file__dev_ptmx=yes | "
      "ac_cv_file__dev_ptmx=no | no ptmx\n"
      "Site: clockid_t_is_pointer | ac_cv_disable_int_conversion=yes | - | "
      "clockid\n"
      "Site: clockid_t_is_pointer | CFLAGS=\"$CFLAGS "
      "-Wno-error=int-conversion\" | - | clockid, old configure\n"
      "Site: 1 | ac_cv_prog_READELF=true | - | not a fact\n");
}

static char *audit(void **state, const char *site, int *rc) {
  const char *dir = ((struct tdir *)*state)->dir;
  char *s = NULL, build[4096], src[4096];
  size_t n = 0;
  FILE *f = open_memstream(&s, &n);
  struct err e = {0};

  sample_build(dir);
  put(dir, "site", site);
  snprintf(build, sizeof build, "%s/b", dir);
  snprintf(src, sizeof src, "%s/src", dir);
  assert_non_null(f);
  *rc = audit_site(f, build, src, path(state, "site"), &e);
  assert_int_equal(fclose(f), 0);
  return s;
}

static const char site_text[] = "# CPython-like\n"
                                "ac_cv_func_chmod=no\n"
                                "ac_cv_func_eventfd=no\n"
                                "ac_cv_header_sys_un_h=no\n"
                                "ac_cv_func_foo=no\n"
                                "ac_cv_func_bar=no\n"
                                "ac_cv_func_gone=no\n"
                                "ac_cv_disable_int_conversion=yes\n"
                                "if true; then :; fi\n";

static void a_working_function_turned_off_is_wrong(void **state) {
  int rc;
  char *out = audit(state, site_text, &rc);

  assert_int_equal(rc, 0);
  assert_true(contains(out, "site:2: wrong: ac_cv_func_chmod=no turns off "
                            "chmod, which links and works on sdk-x "
                            "[chmod_works = 1, measured]; write instead: "
                            "ac_cv_func_chmod=yes -- chmod stub\n"));
  free(out);
}

static void a_failing_function_left_on_is_missing(void **state) {
  int rc;
  char *out = audit(state, site_text, &rc);

  assert_true(contains(out, ": missing: pipe links but does not work on "
                            "sdk-x, and the file leaves ac_cv_func_pipe to "
                            "configure's link test [pipe_works = 0, "
                            "measured, errno=58] [pipe_links = 1, measured]; "
                            "add: ac_cv_func_pipe=no -- pipe stub\n"));
  assert_true(contains(out, ": missing: the file leaves ac_cv_file__dev_ptmx "
                            "to configure, which cannot find it out when "
                            "cross-compiling; on sdk-x it must be no"));
  /* Findings about lines the file lacks come after those about its lines. */
  assert_true(strstr(out, "site:2:") < strstr(out, ": missing:"));
  free(out);
}

static void a_reason_gone_is_to_check(void **state) {
  int rc;
  char *out = audit(state, site_text, &rc);

  assert_true(contains(out, "site:3: check: ac_cv_func_eventfd=no turns off "
                            "eventfd, which links on sdk-x; no probe says "
                            "whether it works [eventfd_links = 1, measured]"));
  assert_true(contains(out, "site:4: check: ac_cv_header_sys_un_h=no turns "
                            "off the header sys_un_h, which compiles on "
                            "sdk-x"));
  assert_true(contains(out, "site:5: check: ac_cv_func_foo=no turns off foo, "
                            "which links on sdk-x"));
  free(out);
}

static void agreeing_and_unknown_lines_are_counted(void **state) {
  int rc;
  char *out = audit(state, site_text, &rc);

  /* gone does not link, as the file says; the CFLAGS line is the other
     way to say what ac_cv_disable_int_conversion says; READELF is no fact. */
  assert_false(contains(out, "ac_cv_func_gone=no turns"));
  assert_false(contains(out, "CFLAGS"));
  assert_false(contains(out, "READELF"));
  assert_true(contains(out, "audit-site: 6 findings (1 wrong, 2 missing, 3 "
                            "to check); 2 lines agree with the facts; no fact "
                            "covers ac_cv_func_bar (line 6); lines not read "
                            "(not assignments): 9\n"));
  assert_true(contains(out, "against sdk-x: wasi-sdk 99; run facts measured "
                            "under node v20\n"));
  free(out);
}

static void a_function_turned_on_that_is_not_there_is_wrong(void **state) {
  int rc;
  char *out = audit(state,
                    "ac_cv_func_gone=yes\nac_cv_func_pipe=yes\n"
                    "ac_cv_header_sys_un_h=yes\n",
                    &rc);

  assert_true(contains(out, "site:1: wrong: ac_cv_func_gone=yes, but gone "
                            "does not link on sdk-x [gone_links = 0, "
                            "measured]; write instead: ac_cv_func_gone=no, "
                            "or drop the line\n"));
  assert_true(contains(out, "site:2: wrong: ac_cv_func_pipe=yes turns on "
                            "pipe, which does not work on sdk-x"));
  assert_false(contains(out, "sys_un_h")); /* it compiles, as the line says */
  free(out);
}

static void an_empty_file_still_gets_the_missing_lines(void **state) {
  int rc;
  char *out = audit(state, "", &rc);

  assert_int_equal(rc, 0);
  assert_true(contains(out, "add: ac_cv_disable_int_conversion=yes -- "
                            "clockid\n"));
  assert_true(contains(out, "add: CFLAGS=\"$CFLAGS "
                            "-Wno-error=int-conversion\" -- clockid, old "
                            "configure\n"));
  assert_true(contains(out, "audit-site: 4 findings (0 wrong, 4 missing, 0 "
                            "to check); 0 lines agree with the facts\n"));
  free(out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(plain_and_quoted_assignments),
      T(the_last_assignment_wins),
      T(continuation_and_crlf),
      T(other_shell_is_listed_not_read),
      T(unreadable_or_binary_is_an_error),
      T(rule_lines_split),
      T(a_working_function_turned_off_is_wrong),
      T(a_failing_function_left_on_is_missing),
      T(a_reason_gone_is_to_check),
      T(agreeing_and_unknown_lines_are_counted),
      T(a_function_turned_on_that_is_not_there_is_wrong),
      T(an_empty_file_still_gets_the_missing_lines),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
