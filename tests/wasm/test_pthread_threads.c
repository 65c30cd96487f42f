/* Starting, joining and detaching threads (docs/quirks/pthread-threads.md).
 * On a single-thread target pthread_create fails with ENOTSUP on every SDK
 * (libc: EAGAIN in 25-29, ENOTSUP from 30, nothing before 25), and
 * WASISHIM_CAN_START_THREADS says whether it can work at all. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static int ran;
static void *start(void *arg) {
  ran = 1;
  return arg;
}

#if WASISHIM_CAN_START_THREADS
static void create_starts_a_thread(void **state) {
  (void)state;
  static int token;
  pthread_t t;
  void *res = NULL;
  assert_int_equal(pthread_create(&t, NULL, start, &token), 0);
  assert_int_equal(pthread_join(t, &res), 0);
  assert_ptr_equal(res, &token);
}
#else
static void create_fails_with_enotsup(void **state) {
  (void)state;
  pthread_t t;
  ran = 0;
  errno = 0;
  assert_int_equal(pthread_create(&t, NULL, start, NULL), ENOTSUP);
  assert_int_equal(ran, 0);
  assert_int_equal(errno, 0);
}

static void create_with_attributes_fails_the_same(void **state) {
  (void)state;
  pthread_attr_t a;
  pthread_t t;
  assert_int_equal(pthread_attr_init(&a), 0);
  assert_int_equal(pthread_attr_setstacksize(&a, 1 << 20), 0);
  assert_int_equal(pthread_create(&t, &a, start, NULL), ENOTSUP);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}
#endif

/* libc's stub returns 0 here and leaves the result alone. */
static void join_self_is_edeadlk(void **state) {
  (void)state;
  static int token;
  void *res = &token;
  assert_int_equal(pthread_join(pthread_self(), &res), EDEADLK);
  assert_ptr_equal(res, &token);
}

static void detach_self_works(void **state) {
  (void)state;
  assert_int_equal(pthread_detach(pthread_self()), 0);
}

static void self_equals_self(void **state) {
  (void)state;
  pthread_t a = pthread_self(), b = pthread_self();
  assert_true(pthread_equal(a, b));
}

static int once_calls;
static void once_routine(void) {
  once_calls++;
}

static void once_runs_exactly_once(void **state) {
  (void)state;
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  once_calls = 0;
  assert_int_equal(pthread_once(&once, once_routine), 0);
  assert_int_equal(pthread_once(&once, once_routine), 0);
  assert_int_equal(once_calls, 1);
}

/* Declared on every SDK, with the POSIX prototype (the single-thread
 * header of 26+ drops it; 23-25 turn create/join/detach into compile-time
 * errors). */
static void declared_with_posix_prototypes(void **state) {
  (void)state;
  int (*c)(pthread_t *restrict, const pthread_attr_t *restrict,
           void *(*)(void *), void *restrict) = pthread_create;
  int (*j)(pthread_t, void **) = pthread_join;
  int (*d)(pthread_t) = pthread_detach;
  void (*e)(void *) = pthread_exit;
  assert_non_null(c);
  assert_non_null(j);
  assert_non_null(d);
  assert_non_null(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#if WASISHIM_CAN_START_THREADS
      cmocka_unit_test(create_starts_a_thread),
#else
      cmocka_unit_test(create_fails_with_enotsup),
      cmocka_unit_test(create_with_attributes_fails_the_same),
#endif
      cmocka_unit_test(join_self_is_edeadlk),
      cmocka_unit_test(detach_self_works),
      cmocka_unit_test(self_equals_self),
      cmocka_unit_test(once_runs_exactly_once),
      cmocka_unit_test(declared_with_posix_prototypes),
  };
  return cmocka_run_group_tests_name("pthread_threads", tests, NULL, NULL);
}
