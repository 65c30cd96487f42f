/* C11 mutexes and condition variables on one thread
 * (docs/quirks/c11-threads.md): they link on every SDK, and no wait traps
 * or hangs. */
#include <threads.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static struct timespec after_ms(long ms) {
  struct timespec t;
  timespec_get(&t, TIME_UTC);
  t.tv_nsec += ms * 1000 * 1000;
  while (t.tv_nsec >= 1000000000) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000;
  }
  return t;
}

static void plain_mutex_locks_and_unlocks(void **state) {
  (void)state;
  mtx_t m;
  assert_int_equal(mtx_init(&m, mtx_plain), thrd_success);
  assert_int_equal(mtx_lock(&m), thrd_success);
  assert_int_equal(mtx_unlock(&m), thrd_success);
  mtx_destroy(&m);
}

static void held_plain_mutex_is_busy_or_an_error(void **state) {
  (void)state;
  mtx_t m;
  struct timespec dl = after_ms(10);
  assert_int_equal(mtx_init(&m, mtx_timed), thrd_success);
  assert_int_equal(mtx_lock(&m), thrd_success);
  assert_int_equal(mtx_trylock(&m), thrd_busy);
  assert_int_equal(mtx_lock(&m), thrd_error);
  assert_int_equal(mtx_timedlock(&m, &dl), thrd_error);
  assert_int_equal(mtx_unlock(&m), thrd_success);
  assert_int_equal(mtx_unlock(&m), thrd_error);
  mtx_destroy(&m);
}

static void recursive_mutex_counts(void **state) {
  (void)state;
  mtx_t m;
  struct timespec dl = after_ms(10);
  assert_int_equal(mtx_init(&m, mtx_timed | mtx_recursive), thrd_success);
  assert_int_equal(mtx_lock(&m), thrd_success);
  assert_int_equal(mtx_trylock(&m), thrd_success);
  assert_int_equal(mtx_timedlock(&m, &dl), thrd_success);
  assert_int_equal(mtx_unlock(&m), thrd_success);
  assert_int_equal(mtx_unlock(&m), thrd_success);
  assert_int_equal(mtx_unlock(&m), thrd_success);
  assert_int_equal(mtx_unlock(&m), thrd_error);
  mtx_destroy(&m);
}

static void cnd_timedwait_sleeps_to_thrd_timedout(void **state) {
  (void)state;
  mtx_t m;
  cnd_t c;
  struct timespec dl = after_ms(20), now;
  assert_int_equal(mtx_init(&m, mtx_plain), thrd_success);
  assert_int_equal(cnd_init(&c), thrd_success);
  assert_int_equal(mtx_lock(&m), thrd_success);
  assert_int_equal(cnd_timedwait(&c, &m, &dl), thrd_timedout);
  timespec_get(&now, TIME_UTC);
  /* Node's clock waits may end up to a millisecond early. */
  assert_true((now.tv_sec - dl.tv_sec) * 1000000000LL +
                  (now.tv_nsec - dl.tv_nsec) >
              -2 * 1000 * 1000);
  assert_int_equal(mtx_unlock(&m), thrd_success);
  cnd_destroy(&c);
  mtx_destroy(&m);
}

static void cnd_wait_nobody_can_signal_is_an_error(void **state) {
  (void)state;
  mtx_t m;
  cnd_t c;
  assert_int_equal(mtx_init(&m, mtx_plain), thrd_success);
  assert_int_equal(cnd_init(&c), thrd_success);
  assert_int_equal(mtx_lock(&m), thrd_success);
  assert_int_equal(cnd_signal(&c), thrd_success);
  assert_int_equal(cnd_broadcast(&c), thrd_success);
  assert_int_equal(cnd_wait(&c, &m), thrd_error);
  assert_int_equal(mtx_unlock(&m), thrd_success);
}

static void cnd_timedwait_with_bad_timespec_is_an_error(void **state) {
  (void)state;
  mtx_t m;
  cnd_t c;
  struct timespec bad = {0, 1000000000};
  assert_int_equal(mtx_init(&m, mtx_plain), thrd_success);
  assert_int_equal(cnd_init(&c), thrd_success);
  assert_int_equal(mtx_lock(&m), thrd_success);
  assert_int_equal(cnd_timedwait(&c, &m, &bad), thrd_error);
}

static void thrd_sleep_sleeps(void **state) {
  (void)state;
  struct timespec d = {0, 5 * 1000 * 1000};
  assert_int_equal(thrd_sleep(&d, NULL), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(plain_mutex_locks_and_unlocks),
      cmocka_unit_test(held_plain_mutex_is_busy_or_an_error),
      cmocka_unit_test(recursive_mutex_counts),
      cmocka_unit_test(cnd_timedwait_sleeps_to_thrd_timedout),
      cmocka_unit_test(cnd_wait_nobody_can_signal_is_an_error),
      cmocka_unit_test(cnd_timedwait_with_bad_timespec_is_an_error),
      cmocka_unit_test(thrd_sleep_sleeps),
  };
  return cmocka_run_group_tests_name("c11-threads", tests, NULL, NULL);
}
