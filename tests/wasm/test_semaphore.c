/* Semaphores on one thread (docs/quirks/semaphore.md): they link on every
 * SDK, count, and a wait nothing can end fails instead of trapping. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static struct timespec after_ms(long ms) {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  t.tv_nsec += ms * 1000 * 1000;
  while (t.tv_nsec >= 1000000000) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000;
  }
  return t;
}

static void post_then_wait_counts(void **state) {
  (void)state;
  sem_t s;
  int v = -1;
  assert_int_equal(sem_init(&s, 0, 1), 0);
  assert_int_equal(sem_post(&s), 0);
  assert_int_equal(sem_getvalue(&s, &v), 0);
  assert_int_equal(v, 2);
  assert_int_equal(sem_wait(&s), 0);
  assert_int_equal(sem_trywait(&s), 0);
  assert_int_equal(sem_getvalue(&s, &v), 0);
  assert_int_equal(v, 0);
  assert_int_equal(sem_destroy(&s), 0);
}

static void trywait_on_zero_is_eagain(void **state) {
  (void)state;
  sem_t s;
  assert_int_equal(sem_init(&s, 0, 0), 0);
  errno = 0;
  assert_int_equal(sem_trywait(&s), -1);
  assert_int_equal(errno, EAGAIN);
}

static void wait_on_zero_is_edeadlk(void **state) {
  (void)state;
  sem_t s;
  assert_int_equal(sem_init(&s, 0, 0), 0);
  errno = 0;
  assert_int_equal(sem_wait(&s), -1);
  assert_int_equal(errno, EDEADLK);
}

static void timedwait_on_zero_sleeps_to_etimedout(void **state) {
  (void)state;
  sem_t s;
  struct timespec dl = after_ms(20), now;
  assert_int_equal(sem_init(&s, 0, 0), 0);
  errno = 0;
  assert_int_equal(sem_timedwait(&s, &dl), -1);
  assert_int_equal(errno, ETIMEDOUT);
  clock_gettime(CLOCK_REALTIME, &now);
  /* Node's clock waits may end up to a millisecond early. */
  assert_true((now.tv_sec - dl.tv_sec) * 1000000000LL +
                  (now.tv_nsec - dl.tv_nsec) >
              -2 * 1000 * 1000);
}

static void timedwait_with_bad_timespec_is_einval(void **state) {
  (void)state;
  sem_t s;
  struct timespec bad = {0, 1000000000};
  assert_int_equal(sem_init(&s, 0, 0), 0);
  errno = 0;
  assert_int_equal(sem_timedwait(&s, &bad), -1);
  assert_int_equal(errno, EINVAL);
}

static void timedwait_on_a_unit_takes_it(void **state) {
  (void)state;
  sem_t s;
  struct timespec bad = {0, -1};
  assert_int_equal(sem_init(&s, 0, 1), 0);
  assert_int_equal(sem_timedwait(&s, &bad), 0);
}

static void init_past_the_maximum_is_einval(void **state) {
  (void)state;
  sem_t s;
  errno = 0;
  assert_int_equal(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1u), -1);
  assert_int_equal(errno, EINVAL);
}

static void named_semaphores_fail_with_enotsup(void **state) {
  (void)state;
  errno = 0;
  assert_ptr_equal(sem_open("/t", O_CREAT, 0600, 1u), SEM_FAILED);
  assert_int_equal(errno, ENOTSUP);
  errno = 0;
  assert_int_equal(sem_unlink("/t"), -1);
  assert_int_equal(errno, ENOTSUP);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(post_then_wait_counts),
      cmocka_unit_test(trywait_on_zero_is_eagain),
      cmocka_unit_test(wait_on_zero_is_edeadlk),
      cmocka_unit_test(timedwait_on_zero_sleeps_to_etimedout),
      cmocka_unit_test(timedwait_with_bad_timespec_is_einval),
      cmocka_unit_test(timedwait_on_a_unit_takes_it),
      cmocka_unit_test(init_past_the_maximum_is_einval),
      cmocka_unit_test(named_semaphores_fail_with_enotsup),
  };
  return cmocka_run_group_tests_name("semaphore", tests, NULL, NULL);
}
