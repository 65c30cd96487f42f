/* shim/pthread_key_table.c on the host, under ASan and UBSan: the table
 * behind wasishim's pthread_key_* and pthread_exit. The table is one
 * static object, so every test deletes the keys it makes. */
#include <errno.h>
#include <stdint.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "internal.h"

static void create_gives_distinct_keys_reading_null(void **state) {
  (void)state;
  unsigned a, b;
  assert_int_equal(wasishim__key_create(&a, NULL), 0);
  assert_int_equal(wasishim__key_create(&b, NULL), 0);
  assert_int_not_equal(a, b);
  assert_null(wasishim__key_get(a));
  assert_null(wasishim__key_get(b));
  assert_int_equal(wasishim__key_delete(a), 0);
  assert_int_equal(wasishim__key_delete(b), 0);
}

static void set_then_get(void **state) {
  (void)state;
  static int v;
  unsigned k;
  assert_int_equal(wasishim__key_create(&k, NULL), 0);
  assert_int_equal(wasishim__key_set(k, &v), 0);
  assert_ptr_equal(wasishim__key_get(k), &v);
  assert_int_equal(wasishim__key_delete(k), 0);
}

static void dead_or_wild_keys_are_einval(void **state) {
  (void)state;
  static int v;
  unsigned k;
  assert_int_equal(wasishim__key_create(&k, NULL), 0);
  assert_int_equal(wasishim__key_delete(k), 0);
  assert_int_equal(wasishim__key_delete(k), EINVAL);
  assert_int_equal(wasishim__key_set(k, &v), EINVAL);
  assert_null(wasishim__key_get(k));
  assert_int_equal(wasishim__key_set(WASISHIM__KEYS_MAX, &v), EINVAL);
  assert_int_equal(wasishim__key_set(UINT32_MAX, &v), EINVAL);
  assert_int_equal(wasishim__key_delete(WASISHIM__KEYS_MAX), EINVAL);
  assert_null(wasishim__key_get(UINT32_MAX));
}

static void table_full_is_eagain_and_frees_again(void **state) {
  (void)state;
  unsigned k[WASISHIM__KEYS_MAX], extra;
  for (int i = 0; i < WASISHIM__KEYS_MAX; i++)
    assert_int_equal(wasishim__key_create(&k[i], NULL), 0);
  assert_int_equal(wasishim__key_create(&extra, NULL), EAGAIN);
  assert_int_equal(wasishim__key_delete(k[7]), 0);
  assert_int_equal(wasishim__key_create(&extra, NULL), 0);
  assert_int_equal(extra, k[7]);
  k[7] = extra;
  for (int i = 0; i < WASISHIM__KEYS_MAX; i++)
    assert_int_equal(wasishim__key_delete(k[i]), 0);
}

static void reused_slot_starts_from_null(void **state) {
  (void)state;
  static int v;
  unsigned a, b;
  assert_int_equal(wasishim__key_create(&a, NULL), 0);
  assert_int_equal(wasishim__key_set(a, &v), 0);
  assert_int_equal(wasishim__key_delete(a), 0);
  assert_int_equal(wasishim__key_create(&b, NULL), 0);
  assert_null(wasishim__key_get(b));
  assert_int_equal(wasishim__key_delete(b), 0);
}

static int calls;
static void *seen;
static void record(void *p) {
  calls++;
  seen = p;
}

static void destructor_gets_value_and_key_reads_null_after(void **state) {
  (void)state;
  static int v;
  unsigned k;
  calls = 0;
  seen = NULL;
  assert_int_equal(wasishim__key_create(&k, record), 0);
  assert_int_equal(wasishim__key_set(k, &v), 0);
  wasishim__key_run_destructors();
  assert_int_equal(calls, 1);
  assert_ptr_equal(seen, &v);
  assert_null(wasishim__key_get(k));
  assert_int_equal(wasishim__key_delete(k), 0);
}

static void null_values_and_missing_destructors_are_skipped(void **state) {
  (void)state;
  static int v;
  unsigned with_null, without_dtor;
  calls = 0;
  assert_int_equal(wasishim__key_create(&with_null, record), 0);
  assert_int_equal(wasishim__key_create(&without_dtor, NULL), 0);
  assert_int_equal(wasishim__key_set(without_dtor, &v), 0);
  wasishim__key_run_destructors();
  assert_int_equal(calls, 0);
  /* POSIX runs no destructor there, and leaves the value alone. */
  assert_ptr_equal(wasishim__key_get(without_dtor), &v);
  assert_int_equal(wasishim__key_delete(with_null), 0);
  assert_int_equal(wasishim__key_delete(without_dtor), 0);
}

static void deleted_key_runs_no_destructor(void **state) {
  (void)state;
  static int v;
  unsigned k;
  calls = 0;
  assert_int_equal(wasishim__key_create(&k, record), 0);
  assert_int_equal(wasishim__key_set(k, &v), 0);
  assert_int_equal(wasishim__key_delete(k), 0);
  wasishim__key_run_destructors();
  assert_int_equal(calls, 0);
}

/* A destructor that sets its value again is called again, at most
 * WASISHIM__DESTRUCTOR_ITERATIONS times in all. */
static unsigned stubborn_key;
static int stubborn_calls;
static void stubborn(void *p) {
  stubborn_calls++;
  wasishim__key_set(stubborn_key, p);
}

static void resetting_destructor_stops_after_the_iterations(void **state) {
  (void)state;
  static int v;
  stubborn_calls = 0;
  assert_int_equal(wasishim__key_create(&stubborn_key, stubborn), 0);
  assert_int_equal(wasishim__key_set(stubborn_key, &v), 0);
  wasishim__key_run_destructors();
  assert_int_equal(stubborn_calls, WASISHIM__DESTRUCTOR_ITERATIONS);
  assert_int_equal(wasishim__key_delete(stubborn_key), 0);
}

/* A destructor that sets another key's value gets that one run in the next
 * round. */
static unsigned later_key;
static int later_calls;
static void later(void *p) {
  (void)p;
  later_calls++;
}
static void sets_later(void *p) {
  wasishim__key_set(later_key, p);
}

static void value_set_by_a_destructor_is_destroyed_next_round(void **state) {
  (void)state;
  static int v;
  unsigned first;
  later_calls = 0;
  assert_int_equal(wasishim__key_create(&later_key, later), 0);
  assert_int_equal(wasishim__key_create(&first, sets_later), 0);
  assert_int_equal(wasishim__key_set(first, &v), 0);
  wasishim__key_run_destructors();
  assert_int_equal(later_calls, 1);
  assert_null(wasishim__key_get(later_key));
  assert_int_equal(wasishim__key_delete(first), 0);
  assert_int_equal(wasishim__key_delete(later_key), 0);
}

/* A destructor may delete its own key. */
static unsigned self_deleting_key;
static void delete_self(void *p) {
  (void)p;
  wasishim__key_delete(self_deleting_key);
}

static void destructor_may_delete_its_key(void **state) {
  (void)state;
  static int v;
  assert_int_equal(wasishim__key_create(&self_deleting_key, delete_self), 0);
  assert_int_equal(wasishim__key_set(self_deleting_key, &v), 0);
  wasishim__key_run_destructors();
  assert_int_equal(wasishim__key_delete(self_deleting_key), EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(create_gives_distinct_keys_reading_null),
      cmocka_unit_test(set_then_get),
      cmocka_unit_test(dead_or_wild_keys_are_einval),
      cmocka_unit_test(table_full_is_eagain_and_frees_again),
      cmocka_unit_test(reused_slot_starts_from_null),
      cmocka_unit_test(destructor_gets_value_and_key_reads_null_after),
      cmocka_unit_test(null_values_and_missing_destructors_are_skipped),
      cmocka_unit_test(deleted_key_runs_no_destructor),
      cmocka_unit_test(resetting_destructor_stops_after_the_iterations),
      cmocka_unit_test(value_set_by_a_destructor_is_destroyed_next_round),
      cmocka_unit_test(destructor_may_delete_its_key),
  };
  return cmocka_run_group_tests_name("pthread_key_table", tests, NULL, NULL);
}
