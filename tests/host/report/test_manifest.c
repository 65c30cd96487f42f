/* The module manifests (docs/shim-design.md), read by manifest.c: what
   each key becomes, and one error line naming the file and line. */
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
#include "manifest.h"

static const char *dir_of(void **state) {
  return ((struct tdir *)*state)->dir;
}

static int load(void **state, struct modules *m, struct err *e) {
  char src[4096];

  snprintf(src, sizeof src, "%s/src", dir_of(state));
  return modules_load(m, src, e);
}

static void fails_with(void **state, const char *name, const char *text,
                       const char *msg) {
  struct modules m;
  struct err e = {0};
  char rel[256];

  snprintf(rel, sizeof rel, "src/modules/%s", name);
  put(dir_of(state), rel, text);
  assert_int_equal(load(state, &m, &e), -1);
  if (!strstr(e.msg, msg))
    fail_msg("'%s' does not say '%s'", e.msg, msg);
}

static void functions_and_replace_become_decisions(void **state) {
  struct modules m;
  struct err e = {0};

  put(dir_of(state), "src/modules/fam",
      "Module: fam\nAbout: a family\nFunctions: f g\n"
      "Replace: f when a & !b |\n  c\nReplace: h when d\n"
      "Shared: shim/table.c\nDepends: other\nTests: tests/wasm/test_fam.c\n"
      "Doc: docs/quirks/fam.md\n");
  put(dir_of(state), "src/modules/other", "Module: other\n");
  assert_int_equal(load(state, &m, &e), 0);
  assert_int_equal(m.n, 2);
  assert_int_equal(m.ndec, 4);
  assert_string_equal(m.dec[0].cond, "!f_links");
  assert_string_equal(m.dec[0].what, "shim/f.c");
  assert_string_equal(m.dec[1].name, "g");
  /* A function also provided is replaced only where it links. */
  assert_string_equal(m.dec[2].kind, "replace");
  assert_string_equal(m.dec[2].cond, "f_links&a&!b|f_links&c");
  assert_string_equal(m.dec[3].cond, "d");
  assert_string_equal(m.v[0].shared.v[0], "shim/table.c");
  assert_string_equal(m.v[0].depends.v[0], "other");
  modules_free(&m);
}

static void reads_are_computed_from_the_conditions(void **state) {
  struct modules m;
  struct err e = {0};

  put(dir_of(state), "src/modules/fam",
      "Module: fam\nFunctions: f\nReplace: f when !b & a\n"
      "Site: c | x | - | r\nSite: 1 | y | - | r\n");
  assert_int_equal(load(state, &m, &e), 0);
  assert_int_equal(m.v[0].reads.n, 4);
  assert_string_equal(m.v[0].reads.v[0], "a");
  assert_string_equal(m.v[0].reads.v[1], "b");
  assert_string_equal(m.v[0].reads.v[2], "c");
  assert_string_equal(m.v[0].reads.v[3], "f_links");
  modules_free(&m);
}

static void flags_macro_provide_and_pkg(void **state) {
  struct modules m;
  struct err e = {0};

  put(dir_of(state), "src/modules/sj",
      "Module: sj\nProvide: sj when !l\nCompile: -mllvm -x\n"
      "Pkg: wasishim-sj\nFlags: -mllvm -x when 1\nMacro: HAVE_SJ when l\n");
  assert_int_equal(load(state, &m, &e), 0);
  assert_int_equal(m.ndec, 3);
  assert_string_equal(m.dec[0].what, "shim/sj.c");
  assert_string_equal(m.dec[1].kind, "flags");
  assert_string_equal(m.dec[1].name, "wasishim-sj");
  assert_string_equal(m.dec[1].what, "-mllvm -x");
  assert_string_equal(m.dec[2].name, "HAVE_SJ");
  assert_string_equal(m.v[0].compile, "-mllvm -x");
  modules_free(&m);
}

static void reads_is_rejected(void **state) {
  fails_with(state, "x", "Module: x\nReads: a b\n",
             "modules/x:2: Reads: is no longer written");
}

static void bad_manifests_name_file_and_line(void **state) {
  fails_with(state, "x", "Module: y\n", "modules/x:1: Module: must be");
  fails_with(state, "x", "Module: x\nWhat: y\n", "modules/x:2: unknown key");
  fails_with(state, "x", "  a\n", "modules/x:1: a continued line");
  fails_with(state, "x", "Module: x\nnonsense\n", "modules/x:2: expected");
  fails_with(state, "x", "Module: x\nReplace: f if a\n",
             "modules/x:2: expected \"... when CONDITION\"");
  fails_with(state, "x", "Module: x\nMacro: lower when a\n",
             "modules/x:2: Macro: a name in upper case");
  fails_with(state, "x", "Module: x\nFlags: -x when a\nPkg: wasishim-x\n",
             "modules/x:3: Pkg: comes before");
  fails_with(state, "x", "About: no module line\n", "modules/x:1: no Module:");
  fails_with(state, "Bad", "Module: Bad\n", "a manifest is named [a-z0-9-]+");
}

static void a_symbol_is_decided_once(void **state) {
  put(dir_of(state), "src/modules/a", "Module: a\nFunctions: f\n");
  fails_with(state, "b", "Module: b\nFunctions: f\n",
             "decided twice: f (a, b)");
}

static void depends_names_another_module(void **state) {
  fails_with(state, "a", "Module: a\nDepends: zz\n",
             "a: Depends: zz is no other module");
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, tdir_setup, tdir_teardown)
      T(functions_and_replace_become_decisions),
      T(reads_are_computed_from_the_conditions),
      T(flags_macro_provide_and_pkg),
      T(reads_is_rejected),
      T(bad_manifests_name_file_and_line),
      T(a_symbol_is_decided_once),
      T(depends_names_another_module),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
