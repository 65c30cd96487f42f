/* futimens/utimensat's times argument resolved into explicit times
 * (shim/resolve_times.c). UTIME_NOW and UTIME_OMIT are the host's here;
 * the code only ever compares with the macros. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <sys/stat.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"

static const struct timespec now = {1700000000, 123};
static const struct timespec old[2] = {{1000000000, 1}, {1100000000, 2}};

static void expect_time(struct timespec got, struct timespec want) {
  assert_int_equal(got.tv_sec, want.tv_sec);
  assert_int_equal(got.tv_nsec, want.tv_nsec);
}

static void null_means_now_for_both(void **state) {
  (void)state;
  struct timespec out[2];
  assert_int_equal(wasishim__times_needs(NULL), WASISHIM__TIMES_NOW);
  assert_int_equal(wasishim__resolve_times(NULL, &now, NULL, out), 0);
  expect_time(out[0], now);
  expect_time(out[1], now);
}

static void utime_now_ignores_tv_sec(void **state) {
  (void)state;
  struct timespec ts[2] = {{5, UTIME_NOW}, {-7, UTIME_NOW}}, out[2];
  assert_int_equal(wasishim__times_needs(ts), WASISHIM__TIMES_NOW);
  assert_int_equal(wasishim__resolve_times(ts, &now, NULL, out), 0);
  expect_time(out[0], now);
  expect_time(out[1], now);
}

static void explicit_times_pass_unchanged(void **state) {
  (void)state;
  struct timespec ts[2] = {{42, 0}, {-3, 999999999}}, out[2];
  assert_int_equal(wasishim__times_needs(ts), 0);
  assert_int_equal(wasishim__resolve_times(ts, NULL, NULL, out), 0);
  expect_time(out[0], ts[0]);
  expect_time(out[1], ts[1]);
}

static void omitted_atime_keeps_the_old_one(void **state) {
  (void)state;
  struct timespec ts[2] = {{0, UTIME_OMIT}, {42, 7}}, out[2];
  assert_int_equal(wasishim__times_needs(ts), WASISHIM__TIMES_OLD);
  assert_int_equal(wasishim__resolve_times(ts, NULL, old, out), 0);
  expect_time(out[0], old[0]);
  expect_time(out[1], ts[1]);
}

static void omitted_mtime_keeps_the_old_one(void **state) {
  (void)state;
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}}, out[2];
  assert_int_equal(wasishim__times_needs(ts),
                   WASISHIM__TIMES_NOW | WASISHIM__TIMES_OLD);
  assert_int_equal(wasishim__resolve_times(ts, &now, old, out), 0);
  expect_time(out[0], now);
  expect_time(out[1], old[1]);
}

static void both_omitted_means_nothing_to_do(void **state) {
  (void)state;
  struct timespec ts[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}}, out[2];
  assert_int_equal(wasishim__times_needs(ts),
                   WASISHIM__TIMES_OLD | WASISHIM__TIMES_NOTHING);
  assert_int_equal(wasishim__resolve_times(ts, NULL, old, out), 0);
  expect_time(out[0], old[0]);
  expect_time(out[1], old[1]);
}

static void nanoseconds_out_of_range_are_einval(void **state) {
  (void)state;
  const long bad[] = {1000000000L, -5, 2000000000L};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    struct timespec a[2] = {{0, bad[i]}, {0, 0}};
    struct timespec m[2] = {{0, UTIME_OMIT}, {0, bad[i]}};
    struct timespec out[2];
    errno = 0;
    assert_int_equal(wasishim__times_needs(a), -1);
    assert_int_equal(errno, EINVAL);
    errno = 0;
    assert_int_equal(wasishim__times_needs(m), -1);
    assert_int_equal(errno, EINVAL);
    errno = 0;
    assert_int_equal(wasishim__resolve_times(a, &now, old, out), -1);
    assert_int_equal(errno, EINVAL);
  }
}

static void the_edges_of_the_range_are_valid(void **state) {
  (void)state;
  struct timespec ts[2] = {{1, 0}, {2, 999999999}};
  assert_int_equal(wasishim__times_needs(ts), 0);
}

static void missing_inputs_are_einval_not_a_crash(void **state) {
  (void)state;
  struct timespec omit[2] = {{0, UTIME_OMIT}, {0, 0}}, out[2];
  errno = 0;
  assert_int_equal(wasishim__resolve_times(NULL, NULL, old, out), -1);
  assert_int_equal(errno, EINVAL);
  errno = 0;
  assert_int_equal(wasishim__resolve_times(omit, &now, NULL, out), -1);
  assert_int_equal(errno, EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(null_means_now_for_both),
      cmocka_unit_test(utime_now_ignores_tv_sec),
      cmocka_unit_test(explicit_times_pass_unchanged),
      cmocka_unit_test(omitted_atime_keeps_the_old_one),
      cmocka_unit_test(omitted_mtime_keeps_the_old_one),
      cmocka_unit_test(both_omitted_means_nothing_to_do),
      cmocka_unit_test(nanoseconds_out_of_range_are_einval),
      cmocka_unit_test(the_edges_of_the_range_are_valid),
      cmocka_unit_test(missing_inputs_are_einval_not_a_crash),
  };
  return cmocka_run_group_tests_name("resolve_times", tests, NULL, NULL);
}
