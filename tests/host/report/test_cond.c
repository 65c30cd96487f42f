/* The modules' conditions (docs/shim-design.md): facts joined by & and |,
   & binding tighter; the one parser and evaluator (cond.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "cond.h"

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

  return cond_holds(cond, &fs, &u);
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
  assert_int_equal(cond_holds("a&b|!d", &fs, &u), 1);
  assert_non_null(u);
  assert_string_equal(u->id, "d");
  assert_int_equal(cond_holds("a|b", &fs, &u), 1);
  assert_null(u);
}

static void blanks_are_dropped_and_bad_text_is_named(void **state) {
  const char *why;
  char *c = cond_normalize(" a & !b |\tc ", &why);

  (void)state;
  assert_string_equal(c, "a&!b|c");
  free(c);
  assert_null(cond_normalize("", &why));
  assert_string_equal(why, "an empty condition");
  assert_null(cond_normalize("a&", &why));
  assert_null(cond_normalize("a||b", &why));
  assert_null(cond_normalize("!!a", &why));
  assert_null(cond_normalize("(a|b)&c", &why));
  assert_null(cond_normalize("A_links", &why));
  assert_string_equal(why, "is not facts joined by & and |");
}

static void the_facts_of_a_condition_in_order(void **state) {
  size_t pos = 0;
  char id[64];
  int neg;

  (void)state;
  assert_true(cond_next_fact("a&!b|1|c", &pos, id, sizeof id, &neg));
  assert_string_equal(id, "a");
  assert_false(neg);
  assert_true(cond_next_fact("a&!b|1|c", &pos, id, sizeof id, &neg));
  assert_string_equal(id, "b");
  assert_true(neg);
  assert_true(cond_next_fact("a&!b|1|c", &pos, id, sizeof id, &neg));
  assert_string_equal(id, "c");
  assert_false(cond_next_fact("a&!b|1|c", &pos, id, sizeof id, &neg));
  assert_int_equal(cond_count("1"), 0);
  assert_int_equal(cond_count("a|b&!c"), 3);
}

static void a_fact_outside_the_catalogue_is_named(void **state) {
  struct facts fs = facts();
  struct err e = {0};

  (void)state;
  assert_int_equal(cond_check("a&!b|1", &fs, "here", &e), 0);
  assert_int_equal(cond_check("a|zz", &fs, "here", &e), -1);
  assert_non_null(strstr(e.msg, "here: condition 'a|zz' names zz"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(one_kind_of_join),
      cmocka_unit_test(and_binds_tighter_than_or),
      cmocka_unit_test(an_unmeasured_fact_is_found_in_any_alternative),
      cmocka_unit_test(blanks_are_dropped_and_bad_text_is_named),
      cmocka_unit_test(the_facts_of_a_condition_in_order),
      cmocka_unit_test(a_fact_outside_the_catalogue_is_named),
  };
  return cmocka_run_group_tests_name("cond", tests, NULL, NULL);
}
