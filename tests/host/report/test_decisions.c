/* The modules' conditions (docs/shim-design.md): facts joined by & and |,
   & binding tighter, as report.md evaluates them. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>

#include <cmocka.h>

#include "decisions.h"

/* Sorted by id, as catalogue_find's bsearch needs: a and b hold, c and d
   do not, and d was not measured. */
static struct fact sample[] = {
    {.id = "a", .value = 1, .measured = 1},
    {.id = "b", .value = 1, .measured = 1},
    {.id = "c", .value = 0, .measured = 1},
    {.id = "d", .value = 0, .measured = 0},
};

static struct facts facts(void) {
  struct facts fs = {0};

  fs.cat.v = sample;
  fs.cat.n = sizeof sample / sizeof sample[0];
  return fs;
}

static int holds(const char *cond) {
  struct facts fs = facts();
  const struct fact *u;

  return decision_holds(cond, &fs, &u);
}

static void one_kind_of_join(void **state) {
  (void)state;
  assert_int_equal(holds("a&b"), 1);
  assert_int_equal(holds("a&c"), 0);
  assert_int_equal(holds("c|a"), 1);
  assert_int_equal(holds("c|!a"), 0);
  assert_int_equal(holds("!c"), 1);
  assert_int_equal(holds("1"), 1);
  assert_int_equal(holds("0"), 0);
}

static void and_binds_tighter_than_or(void **state) {
  (void)state;
  /* Each reads otherwise if | bound tighter. */
  assert_int_equal(holds("c&a|b"), 1); /* (c & a) | b, not c & (a | b) */
  assert_int_equal(holds("a|b&c"), 1); /* a | (b & c), not (a | b) & c */
  assert_int_equal(holds("c|a&!b"), 0);
  assert_int_equal(holds("c&b|c&a|a&b"), 1);
  assert_int_equal(holds("c&b|c&a"), 0);
}

static void an_unmeasured_fact_is_found_in_any_alternative(void **state) {
  struct facts fs = facts();
  const struct fact *u;

  (void)state;
  /* The first alternative already holds; the fact in the second is still
     named, since the decision reads it. */
  assert_int_equal(decision_holds("a&b|!d", &fs, &u), 1);
  assert_non_null(u);
  assert_string_equal(u->id, "d");
  assert_int_equal(decision_holds("a|b", &fs, &u), 1);
  assert_null(u);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(one_kind_of_join),
      cmocka_unit_test(and_binds_tighter_than_or),
      cmocka_unit_test(an_unmeasured_fact_is_found_in_any_alternative),
  };
  return cmocka_run_group_tests_name("decisions", tests, NULL, NULL);
}
