/* clock_nanosleep as POSIX says, with wasishim on every runtime. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static long long ns(const struct timespec *t) {
  return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

static struct timespec in_ms(long ms) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  long long n = ns(&t) + ms * 1000000LL;
  t.tv_sec = (time_t)(n / 1000000000LL);
  t.tv_nsec = (long)(n % 1000000000LL);
  return t;
}

static void absolute_deadline_is_reached_not_before(void **state) {
  (void)state;
  struct timespec until = in_ms(20), now;
  assert_int_equal(
      clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
  clock_gettime(CLOCK_MONOTONIC, &now);
  assert_true(ns(&now) >= ns(&until));
}

static void past_deadline_returns_at_once(void **state) {
  (void)state;
  struct timespec past = {0, 0};
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL),
                   0);
}

static void relative_sleep_waits(void **state) {
  (void)state;
  struct timespec before, after, d = {0, 10000000};
  clock_gettime(CLOCK_MONOTONIC, &before);
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, 0, &d, NULL), 0);
  clock_gettime(CLOCK_MONOTONIC, &after);
  /* Node's relative waits may end up to a millisecond early. */
  assert_true(ns(&after) - ns(&before) >= 8000000);
}

static void bad_nanoseconds_are_einval(void **state) {
  (void)state;
  struct timespec bad = {0, 1000000000};
  assert_int_equal(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &bad, NULL),
                   EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(absolute_deadline_is_reached_not_before),
      cmocka_unit_test(past_deadline_returns_at_once),
      cmocka_unit_test(relative_sleep_waits),
      cmocka_unit_test(bad_nanoseconds_are_einval),
  };
  return cmocka_run_group_tests_name("clock_nanosleep", tests, NULL, NULL);
}
