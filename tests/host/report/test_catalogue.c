/* The catalogue (catalogue.c): the probes' comment blocks and the two
   tables read into one table, written as docs/probe-files.md says; a
   malformed probe is one error naming its file. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalogue.h"
#include "helpers.h"

static const char *dir_of(void **state) {
  return ((struct tdir *)*state)->dir;
}

static int run(void **state, struct err *e) {
  char src[4096], out[4096];

  snprintf(src, sizeof src, "%s/src", dir_of(state));
  snprintf(out, sizeof out, "%s/cat", dir_of(state));
  return probe_catalogue(src, out, e);
}

static void tables(void **state) {
  put(dir_of(state), "src/probes/functions.tsv",
      "# fn\theaders\ttype\tflags\tseen\tlink\n"
      "dup\tunistd.h\tint (int)\t-\t34+\t-\n");
  put(dir_of(state), "src/probes/headers.tsv",
      "sys/un.h\t-D_GNU_SOURCE\tnever\t-\n");
}

static const char *const good = "/*\n"
                                " * Detects: x works,\n"
                                " *   really.\n"
                                " * Kind: run\n"
                                " * Macro: WASISHIM_X_WORKS\n"
                                " * Fallback: 0, why not\n"
                                " * Hang: 1; it may\n"
                                " * Libs: -lm\n"
                                " */\n"
                                "int main(void) { return 0; }\n";

static void probes_become_rows(void **state) {
  struct err e = {0};
  char *cat, *build, *gen, *decls, *headers;

  tables(state);
  put(dir_of(state), "src/probes/x_works.c", good);
  assert_int_equal(run(state, &e), 0);
  cat = get(dir_of(state), "cat/catalogue.tsv");
  build = get(dir_of(state), "cat/build.tsv");
  gen = get(dir_of(state), "cat/gen/dup_links.c");
  decls = get(dir_of(state), "cat/decls.tsv");
  headers = get(dir_of(state), "cat/headers.tsv");
  assert_non_null(cat);
  assert_true(contains(cat, "dup_declared\tcompile\tWASISHIM_DUP_DECLARED\t"
                            "probes/functions.tsv:2\t<unistd.h> declares dup "
                            "as int (int).\t34+\t\t\t\t\n"));
  assert_true(contains(cat, "\nx_works\trun\tWASISHIM_X_WORKS\tprobes/"
                            "x_works.c\tx works, really.\t\t\t0\twhy not\t\n"));
  /* Sorted by id: dup_*, header_*, x_works. */
  assert_true(strstr(cat, "dup_links") < strstr(cat, "header_sys_un_h"));
  assert_true(contains(build, "id\tkind\tsource\tflags\tlibs\thang\thang_why\t"
                              "fallback\tfallback_why\tmodule\n"));
  assert_true(contains(build, "\nx_works\trun\tprobes/x_works.c\t\t-lm\t1\t"
                              "it may\t0\twhy not\tshared\n"));
  assert_true(contains(build, "\nheader_sys_un_h\tcompile\tgen/"
                              "header_sys_un_h.c\t-D_GNU_SOURCE\t"));
  assert_true(contains(gen, "int main(void) { return dup(); }\n"));
  assert_string_equal(decls, "id\tfunction\ttype\theaders\tflags\n"
                             "dup_declared\tdup\tint (int)\tunistd.h\t\n");
  assert_string_equal(headers, "id\theader\tflags\n"
                               "header_sys_un_h\tsys/un.h\t-D_GNU_SOURCE\n");
  free(cat);
  free(build);
  free(gen);
  free(decls);
  free(headers);
}

static void fails_with(void **state, const char *text, const char *msg) {
  struct err e = {0};

  tables(state);
  put(dir_of(state), "src/probes/x_works.c", text);
  assert_int_equal(run(state, &e), -1);
  if (!strstr(e.msg, msg))
    fail_msg("'%s' does not say '%s'", e.msg, msg);
  assert_false(exists(dir_of(state), "cat"));
}

static void a_bad_block_names_the_file(void **state) {
  fails_with(state, "int main(void) { return 0; }\n",
             "x_works.c: must open with the /* Key: value */ block");
  fails_with(state, "/*\n * Detects: x\n * Kind: walk\n */\n",
             "x_works.c: Kind must be compile, link or run");
  fails_with(state,
             "/*\n * Detects: x\n * Kind: compile\n * Macro: WASISHIM_X\n */\n",
             "x_works.c: Macro must be WASISHIM_X_WORKS");
  fails_with(state,
             "/*\n * Detects: x\n * Kind: run\n * Macro: WASISHIM_X_WORKS\n"
             " */\nint main(void) { return 0; }\n",
             "x_works.c: a run probe needs a Fallback:");
  fails_with(state,
             "/*\n * Detects: x\n * Kind: link\n * Macro: WASISHIM_X_WORKS\n"
             " */\nint main(int c, char **v) { return 0; }\n",
             "x_works.c: a link or run probe defines int main(void)");
}

static void a_bad_table_line_names_it(void **state) {
  struct err e = {0};

  tables(state);
  put(dir_of(state), "src/probes/functions.tsv", "dup\tunistd.h\n");
  assert_int_equal(run(state, &e), -1);
  assert_true(contains(e.msg, "functions.tsv:1: expected 6 TAB-separated "
                              "columns, got 2"));
}

static void a_fact_defined_twice_is_named(void **state) {
  struct err e = {0};

  tables(state);
  put(dir_of(state), "src/probes/dup_links.c",
      "/*\n * Detects: x\n * Kind: compile\n * Macro: WASISHIM_DUP_LINKS\n"
      " */\n");
  assert_int_equal(run(state, &e), -1);
  assert_true(contains(e.msg, "facts defined twice: dup_links"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(probes_become_rows),
      T(a_bad_block_names_the_file),
      T(a_bad_table_line_names_it),
      T(a_fact_defined_twice_is_named),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
