/* Mutexes on one thread (docs/quirks/pthread-mutex.md). The libc stubs of
 * SDK 25-32 test the type with (type&3 != RECURSIVE), i.e. type&1:
 * recursive mutexes refuse to relock while normal and errorcheck ones
 * relock silently. A held mutex can only be held by the caller, so a lock
 * that would wait for itself fails with EDEADLK instead of hanging. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void init_typed(pthread_mutex_t *m, int type) {
  pthread_mutexattr_t a;
  assert_int_equal(pthread_mutexattr_init(&a), 0);
  assert_int_equal(pthread_mutexattr_settype(&a, type), 0);
  assert_int_equal(pthread_mutex_init(m, &a), 0);
  assert_int_equal(pthread_mutexattr_destroy(&a), 0);
}

static void static_initializer_locks_and_unlocks(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_destroy(&m), 0);
}

static void default_init_locks_and_unlocks(void **state) {
  (void)state;
  pthread_mutex_t m;
  assert_int_equal(pthread_mutex_init(&m, NULL), 0);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_destroy(&m), 0);
}

static void recursive_relocks(void **state) {
  (void)state;
  pthread_mutex_t m;
  init_typed(&m, PTHREAD_MUTEX_RECURSIVE);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_trylock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_destroy(&m), 0);
}

static void recursive_needs_one_unlock_per_lock(void **state) {
  (void)state;
  pthread_mutex_t m;
  init_typed(&m, PTHREAD_MUTEX_RECURSIVE);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), EPERM);
}

static void errorcheck_relock_is_edeadlk(void **state) {
  (void)state;
  pthread_mutex_t m;
  init_typed(&m, PTHREAD_MUTEX_ERRORCHECK);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_lock(&m), EDEADLK);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void errorcheck_unlock_when_free_is_eperm(void **state) {
  (void)state;
  pthread_mutex_t m;
  init_typed(&m, PTHREAD_MUTEX_ERRORCHECK);
  assert_int_equal(pthread_mutex_unlock(&m), EPERM);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), EPERM);
}

/* POSIX leaves a relocked normal mutex deadlocked; with one thread that
 * would be forever, so wasishim reports it. */
static void normal_relock_is_edeadlk(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_lock(&m), EDEADLK);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void trylock_on_held_normal_is_ebusy(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  assert_int_equal(pthread_mutex_trylock(&m), 0);
  assert_int_equal(pthread_mutex_trylock(&m), EBUSY);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_trylock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void trylock_on_held_errorcheck_is_ebusy(void **state) {
  (void)state;
  pthread_mutex_t m;
  init_typed(&m, PTHREAD_MUTEX_ERRORCHECK);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_trylock(&m), EBUSY);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedlock_takes_a_free_mutex(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  struct timespec dl;
  assert_int_equal(clock_gettime(CLOCK_REALTIME, &dl), 0);
  dl.tv_sec += 1;
  assert_int_equal(pthread_mutex_timedlock(&m, &dl), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedlock_on_held_normal_is_edeadlk(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  struct timespec dl;
  assert_int_equal(clock_gettime(CLOCK_REALTIME, &dl), 0);
  dl.tv_sec += 1;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_timedlock(&m, &dl), EDEADLK);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

/* As the fixed mutexes of wasi-sdk 33: nothing would wait, so the deadline
 * is not looked at. */
static void timedlock_on_held_normal_ignores_a_bad_deadline(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  struct timespec bad = {0, 1000000000};
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_timedlock(&m, &bad), EDEADLK);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedlock_relocks_recursive(void **state) {
  (void)state;
  pthread_mutex_t m;
  struct timespec dl;
  init_typed(&m, PTHREAD_MUTEX_RECURSIVE);
  assert_int_equal(clock_gettime(CLOCK_REALTIME, &dl), 0);
  dl.tv_sec += 1;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_mutex_timedlock(&m, &dl), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void mutexattr_type_reads_back(void **state) {
  (void)state;
  pthread_mutexattr_t a;
  int t = -1;
  assert_int_equal(pthread_mutexattr_init(&a), 0);
  assert_int_equal(pthread_mutexattr_gettype(&a, &t), 0);
  assert_int_equal(t, PTHREAD_MUTEX_DEFAULT);
  assert_int_equal(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE), 0);
  assert_int_equal(pthread_mutexattr_gettype(&a, &t), 0);
  assert_int_equal(t, PTHREAD_MUTEX_RECURSIVE);
  assert_int_equal(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK), 0);
  assert_int_equal(pthread_mutexattr_gettype(&a, &t), 0);
  assert_int_equal(t, PTHREAD_MUTEX_ERRORCHECK);
  assert_int_equal(pthread_mutexattr_destroy(&a), 0);
}

static void mutexattr_bad_type_is_einval(void **state) {
  (void)state;
  pthread_mutexattr_t a;
  assert_int_equal(pthread_mutexattr_init(&a), 0);
  assert_int_equal(pthread_mutexattr_settype(&a, 7), EINVAL);
  assert_int_equal(pthread_mutexattr_destroy(&a), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(static_initializer_locks_and_unlocks),
      cmocka_unit_test(default_init_locks_and_unlocks),
      cmocka_unit_test(recursive_relocks),
      cmocka_unit_test(recursive_needs_one_unlock_per_lock),
      cmocka_unit_test(errorcheck_relock_is_edeadlk),
      cmocka_unit_test(errorcheck_unlock_when_free_is_eperm),
      cmocka_unit_test(normal_relock_is_edeadlk),
      cmocka_unit_test(trylock_on_held_normal_is_ebusy),
      cmocka_unit_test(trylock_on_held_errorcheck_is_ebusy),
      cmocka_unit_test(timedlock_takes_a_free_mutex),
      cmocka_unit_test(timedlock_on_held_normal_is_edeadlk),
      cmocka_unit_test(timedlock_on_held_normal_ignores_a_bad_deadline),
      cmocka_unit_test(timedlock_relocks_recursive),
      cmocka_unit_test(mutexattr_type_reads_back),
      cmocka_unit_test(mutexattr_bad_type_is_einval),
  };
  return cmocka_run_group_tests_name("pthread_mutex", tests, NULL, NULL);
}
