/* Thread-specific data (docs/quirks/pthread-keys.md): on the libc of SDK
 * 25-27 pthread_key_delete never returns (issue 617); before 25 there are
 * no key functions. pthread_exit, which runs the destructors, is checked
 * by tests/host/test_shim_pthread.sh: it ends the program. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

static void destroy_nothing(void *p) {
  (void)p;
}

static void new_key_reads_null(void **state) {
  (void)state;
  pthread_key_t k;
  assert_int_equal(pthread_key_create(&k, NULL), 0);
  assert_null(pthread_getspecific(k));
  assert_int_equal(pthread_key_delete(k), 0);
}

static void set_value_reads_back(void **state) {
  (void)state;
  static int v;
  pthread_key_t k;
  assert_int_equal(pthread_key_create(&k, destroy_nothing), 0);
  assert_int_equal(pthread_setspecific(k, &v), 0);
  assert_ptr_equal(pthread_getspecific(k), &v);
  assert_int_equal(pthread_key_delete(k), 0);
}

static void keys_are_independent(void **state) {
  (void)state;
  static int a, b;
  pthread_key_t ka, kb;
  assert_int_equal(pthread_key_create(&ka, NULL), 0);
  assert_int_equal(pthread_key_create(&kb, NULL), 0);
  assert_true(ka != kb);
  assert_int_equal(pthread_setspecific(ka, &a), 0);
  assert_int_equal(pthread_setspecific(kb, &b), 0);
  assert_ptr_equal(pthread_getspecific(ka), &a);
  assert_ptr_equal(pthread_getspecific(kb), &b);
  assert_int_equal(pthread_key_delete(ka), 0);
  assert_int_equal(pthread_key_delete(kb), 0);
}

/* Issue 617: the call that never returned on the libc of SDK 25-27. */
static void delete_returns(void **state) {
  (void)state;
  pthread_key_t k;
  assert_int_equal(pthread_key_create(&k, NULL), 0);
  assert_int_equal(pthread_key_delete(k), 0);
}

static int destroyed;
static void count_destroy(void *p) {
  (void)p;
  destroyed++;
}

/* POSIX: deleting a key calls no destructor. */
static void delete_runs_no_destructor(void **state) {
  (void)state;
  static int v;
  pthread_key_t k;
  destroyed = 0;
  assert_int_equal(pthread_key_create(&k, count_destroy), 0);
  assert_int_equal(pthread_setspecific(k, &v), 0);
  assert_int_equal(pthread_key_delete(k), 0);
  assert_int_equal(destroyed, 0);
}

/* A key created after a deletion starts from NULL, whatever slot it gets. */
static void new_key_after_delete_reads_null(void **state) {
  (void)state;
  static int v;
  pthread_key_t k;
  assert_int_equal(pthread_key_create(&k, NULL), 0);
  assert_int_equal(pthread_setspecific(k, &v), 0);
  assert_int_equal(pthread_key_delete(k), 0);
  assert_int_equal(pthread_key_create(&k, NULL), 0);
  assert_null(pthread_getspecific(k));
  assert_int_equal(pthread_key_delete(k), 0);
}

static void set_null_reads_null(void **state) {
  (void)state;
  static int v;
  pthread_key_t k;
  assert_int_equal(pthread_key_create(&k, NULL), 0);
  assert_int_equal(pthread_setspecific(k, &v), 0);
  assert_int_equal(pthread_setspecific(k, NULL), 0);
  assert_null(pthread_getspecific(k));
  assert_int_equal(pthread_key_delete(k), 0);
}

/* POSIX guarantees at least _POSIX_THREAD_KEYS_MAX (128) keys. */
static void many_keys_can_live_at_once(void **state) {
  (void)state;
  enum { N = 100 };
  pthread_key_t k[N];
  for (int i = 0; i < N; i++) {
    assert_int_equal(pthread_key_create(&k[i], NULL), 0);
    assert_int_equal(pthread_setspecific(k[i], (void *)(uintptr_t)(i + 1)), 0);
  }
  for (int i = 0; i < N; i++)
    assert_ptr_equal(pthread_getspecific(k[i]), (void *)(uintptr_t)(i + 1));
  for (int i = 0; i < N; i++)
    assert_int_equal(pthread_key_delete(k[i]), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(new_key_reads_null),
      cmocka_unit_test(set_value_reads_back),
      cmocka_unit_test(keys_are_independent),
      cmocka_unit_test(delete_returns),
      cmocka_unit_test(delete_runs_no_destructor),
      cmocka_unit_test(new_key_after_delete_reads_null),
      cmocka_unit_test(set_null_reads_null),
      cmocka_unit_test(many_keys_can_live_at_once),
  };
  return cmocka_run_group_tests_name("pthread_keys", tests, NULL, NULL);
}
