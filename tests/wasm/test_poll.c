/* ppoll and POLLPRI on every SDK (docs/quirks/poll.md): SDK 34's values
 * and answers. _BSD_SOURCE, musl's default, is what a program gets without
 * -std=c11; ppoll must be declared under it as under _GNU_SOURCE. */
#define _BSD_SOURCE 1
#include <errno.h>
#include <poll.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void ppoll_is_declared_with_its_prototype(void **state) {
  (void)state;
  int (*f)(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *) =
      ppoll;
  assert_non_null(f);
}

static void pollpri_has_sdk_34s_value(void **state) {
  (void)state;
  assert_int_equal(POLLPRI, 0x200);
}

static void the_poll_flags_have_sdk_34s_values(void **state) {
  (void)state;
  assert_int_equal(POLLRDNORM, 0x1);
  assert_int_equal(POLLWRNORM, 0x2);
  assert_int_equal(POLLIN, POLLRDNORM);
  assert_int_equal(POLLOUT, POLLWRNORM);
  assert_int_equal(POLLERR, 0x1000);
  assert_int_equal(POLLHUP, 0x2000);
  assert_int_equal(POLLNVAL, 0x4000);
}

static void ppoll_with_nothing_to_wait_for_times_out(void **state) {
  (void)state;
  struct timespec zero = {0, 0};
  assert_int_equal(ppoll(NULL, 0, &zero, NULL), 0);
}

static void ppoll_skips_negative_descriptors(void **state) {
  (void)state;
  struct pollfd p = {-1, POLLIN, 7};
  struct timespec zero = {0, 0};
  assert_int_equal(ppoll(&p, 1, &zero, NULL), 0);
  assert_int_equal(p.revents, 0);
}

static void ppoll_rejects_a_bad_nanosecond_count(void **state) {
  (void)state;
  struct timespec bad = {0, 1000000000};
  errno = 0;
  assert_int_equal(ppoll(NULL, 0, &bad, NULL), -1);
  assert_int_equal(errno, EINVAL);
}

static void ppoll_rejects_a_negative_timeout(void **state) {
  (void)state;
  struct timespec bad = {-1, 0};
  errno = 0;
  assert_int_equal(ppoll(NULL, 0, &bad, NULL), -1);
  assert_int_equal(errno, EINVAL);
}

static void ppoll_for_pollpri_alone_is_enosys(void **state) {
  (void)state;
  struct pollfd p = {1, POLLPRI, 0};
  struct timespec zero = {0, 0};
  errno = 0;
  assert_int_equal(ppoll(&p, 1, &zero, NULL), -1);
  assert_int_equal(errno, ENOSYS);
  assert_int_equal(p.events, POLLPRI);
}

static void poll_for_pollpri_alone_is_enosys(void **state) {
  (void)state;
  struct pollfd p = {1, POLLPRI, 0};
  errno = 0;
  assert_int_equal(poll(&p, 1, 0), -1);
  assert_int_equal(errno, ENOSYS);
}

/* What the runtime says of fd 1 is its own business: only ENOSYS is
 * wrong. */
static void poll_drops_a_lone_pollpri_beside_pollout(void **state) {
  (void)state;
  struct pollfd p[2] = {{1, POLLOUT, 0}, {1, POLLPRI, 0}};
  errno = 0;
  int r = poll(p, 2, 0);
  assert_false(r == -1 && errno == ENOSYS);
  assert_int_equal(p[1].events, POLLPRI);
  assert_int_equal(p[1].revents, 0);
}

static void ppoll_drops_a_lone_pollpri_beside_pollout(void **state) {
  (void)state;
  struct pollfd p[2] = {{1, POLLOUT, 0}, {1, POLLPRI, 0}};
  struct timespec zero = {0, 0};
  errno = 0;
  int r = ppoll(p, 2, &zero, NULL);
  assert_false(r == -1 && errno == ENOSYS);
  assert_int_equal(p[1].events, POLLPRI);
  assert_int_equal(p[1].revents, 0);
}

static void poll_skips_an_entry_that_asks_for_nothing(void **state) {
  (void)state;
  struct pollfd p[2] = {{1, POLLOUT, 0}, {1, 0, 0}};
  errno = 0;
  int r = poll(p, 2, 0);
  assert_false(r == -1 && errno == ENOSYS);
  assert_int_equal(p[1].revents, 0);
}

static long long ns(const struct timespec *t) {
  return (long long)t->tv_sec * 1000000000 + t->tv_nsec;
}

/* poll counts milliseconds: 20.5 ms must not become 20. Node may wake a
 * millisecond early (docs/runtimes.md), hence 19.5. */
static void ppoll_waits_at_least_its_timeout(void **state) {
  (void)state;
  struct timespec t = {0, 20500000}, a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  assert_int_equal(ppoll(NULL, 0, &t, NULL), 0);
  clock_gettime(CLOCK_MONOTONIC, &b);
  assert_true(ns(&b) - ns(&a) >= 19500000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(ppoll_is_declared_with_its_prototype),
      cmocka_unit_test(pollpri_has_sdk_34s_value),
      cmocka_unit_test(the_poll_flags_have_sdk_34s_values),
      cmocka_unit_test(ppoll_with_nothing_to_wait_for_times_out),
      cmocka_unit_test(ppoll_skips_negative_descriptors),
      cmocka_unit_test(ppoll_rejects_a_bad_nanosecond_count),
      cmocka_unit_test(ppoll_rejects_a_negative_timeout),
      cmocka_unit_test(ppoll_for_pollpri_alone_is_enosys),
      cmocka_unit_test(poll_for_pollpri_alone_is_enosys),
      cmocka_unit_test(poll_drops_a_lone_pollpri_beside_pollout),
      cmocka_unit_test(ppoll_drops_a_lone_pollpri_beside_pollout),
      cmocka_unit_test(poll_skips_an_entry_that_asks_for_nothing),
      cmocka_unit_test(ppoll_waits_at_least_its_timeout),
  };
  return cmocka_run_group_tests_name("poll", tests, NULL, NULL);
}
