/* Condition variables on one thread (docs/quirks/pthread-mutex.md): nothing
 * can signal, so a timed wait ends at its deadline with ETIMEDOUT and an
 * untimed one fails with EDEADLK (libc's stub traps). The deadline is read
 * on the variable's clock (libc's stub always reads CLOCK_REALTIME). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static struct timespec after_ms(clockid_t clk, long ms) {
  struct timespec t;
  assert_int_equal(clock_gettime(clk, &t), 0);
  t.tv_nsec += ms * 1000000L;
  while (t.tv_nsec >= 1000000000L) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000L;
  }
  return t;
}

static int reached(clockid_t clk, const struct timespec *dl) {
  struct timespec now;
  clock_gettime(clk, &now);
  return now.tv_sec > dl->tv_sec ||
         (now.tv_sec == dl->tv_sec && now.tv_nsec >= dl->tv_nsec);
}

static void timedwait_times_out_at_realtime_deadline(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec dl = after_ms(CLOCK_REALTIME, 20);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_cond_timedwait(&c, &m, &dl), ETIMEDOUT);
  assert_true(reached(CLOCK_REALTIME, &dl));
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedwait_times_out_at_monotonic_deadline(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_condattr_t a;
  pthread_cond_t c;
  assert_int_equal(pthread_condattr_init(&a), 0);
  assert_int_equal(pthread_condattr_setclock(&a, CLOCK_MONOTONIC), 0);
  assert_int_equal(pthread_cond_init(&c, &a), 0);
  assert_int_equal(pthread_condattr_destroy(&a), 0);
  struct timespec dl = after_ms(CLOCK_MONOTONIC, 20);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_cond_timedwait(&c, &m, &dl), ETIMEDOUT);
  assert_true(reached(CLOCK_MONOTONIC, &dl));
  assert_int_equal(pthread_mutex_unlock(&m), 0);
  assert_int_equal(pthread_cond_destroy(&c), 0);
}

/* A deadline already past returns at once (on Node, libc's absolute sleep
 * to a past time never returns). */
static void timedwait_past_deadline_returns_at_once(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec dl = {0, 0};
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_cond_timedwait(&c, &m, &dl), ETIMEDOUT);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedwait_keeps_the_mutex_held(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec dl = after_ms(CLOCK_REALTIME, 1);
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_cond_timedwait(&c, &m, &dl), ETIMEDOUT);
  assert_int_equal(pthread_mutex_trylock(&m), EBUSY);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedwait_bad_nanoseconds_is_einval(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec dl = after_ms(CLOCK_REALTIME, 0);
  dl.tv_nsec = 1000000000L;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_cond_timedwait(&c, &m, &dl), EINVAL);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void timedwait_on_free_errorcheck_mutex_is_eperm(void **state) {
  (void)state;
  pthread_mutexattr_t a;
  pthread_mutex_t m;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec dl = after_ms(CLOCK_REALTIME, 1);
  assert_int_equal(pthread_mutexattr_init(&a), 0);
  assert_int_equal(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK), 0);
  assert_int_equal(pthread_mutex_init(&m, &a), 0);
  assert_int_equal(pthread_cond_timedwait(&c, &m, &dl), EPERM);
}

static void wait_with_nobody_to_signal_is_edeadlk(void **state) {
  (void)state;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  assert_int_equal(pthread_mutex_lock(&m), 0);
  assert_int_equal(pthread_cond_wait(&c, &m), EDEADLK);
  assert_int_equal(pthread_mutex_unlock(&m), 0);
}

static void signal_and_broadcast_without_waiters_work(void **state) {
  (void)state;
  pthread_cond_t c;
  assert_int_equal(pthread_cond_init(&c, NULL), 0);
  assert_int_equal(pthread_cond_signal(&c), 0);
  assert_int_equal(pthread_cond_broadcast(&c), 0);
  assert_int_equal(pthread_cond_destroy(&c), 0);
}

static void condattr_clock_reads_back(void **state) {
  (void)state;
  pthread_condattr_t a;
  clockid_t clk;
  assert_int_equal(pthread_condattr_init(&a), 0);
  assert_int_equal(pthread_condattr_getclock(&a, &clk), 0);
  assert_true(clk == CLOCK_REALTIME);
  assert_int_equal(pthread_condattr_setclock(&a, CLOCK_MONOTONIC), 0);
  assert_int_equal(pthread_condattr_getclock(&a, &clk), 0);
  assert_true(clk == CLOCK_MONOTONIC);
  assert_int_equal(pthread_condattr_setclock(&a, CLOCK_REALTIME), 0);
  assert_int_equal(pthread_condattr_getclock(&a, &clk), 0);
  assert_true(clk == CLOCK_REALTIME);
  assert_int_equal(pthread_condattr_destroy(&a), 0);
}

/* Not a clock at all; libc's stub accepts it. */
static void condattr_setclock_rejects_a_non_clock(void **state) {
  (void)state;
  pthread_condattr_t a;
  assert_int_equal(pthread_condattr_init(&a), 0);
  assert_int_equal(pthread_condattr_setclock(&a, (clockid_t)0), EINVAL);
  assert_int_equal(pthread_condattr_destroy(&a), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(timedwait_times_out_at_realtime_deadline),
      cmocka_unit_test(timedwait_times_out_at_monotonic_deadline),
      cmocka_unit_test(timedwait_past_deadline_returns_at_once),
      cmocka_unit_test(timedwait_keeps_the_mutex_held),
      cmocka_unit_test(timedwait_bad_nanoseconds_is_einval),
      cmocka_unit_test(timedwait_on_free_errorcheck_mutex_is_eperm),
      cmocka_unit_test(wait_with_nobody_to_signal_is_edeadlk),
      cmocka_unit_test(signal_and_broadcast_without_waiters_work),
      cmocka_unit_test(condattr_clock_reads_back),
      cmocka_unit_test(condattr_setclock_rejects_a_non_clock),
  };
  return cmocka_run_group_tests_name("pthread_cond", tests, NULL, NULL);
}
