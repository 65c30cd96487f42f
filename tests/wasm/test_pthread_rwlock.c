/* Read-write locks on one thread (docs/quirks/pthread-rwlock.md): a lock
 * the caller holds gives EDEADLK, the try forms EBUSY, never a wait. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <time.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static struct timespec soon(void) {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  t.tv_nsec += 10 * 1000 * 1000;
  if (t.tv_nsec >= 1000000000) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000;
  }
  return t;
}

static void write_held_gives_edeadlk_to_every_lock(void **state) {
  (void)state;
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  struct timespec dl = soon();
  assert_int_equal(pthread_rwlock_wrlock(&l), 0);
  assert_int_equal(pthread_rwlock_wrlock(&l), EDEADLK);
  assert_int_equal(pthread_rwlock_timedwrlock(&l, &dl), EDEADLK);
  assert_int_equal(pthread_rwlock_rdlock(&l), EDEADLK);
  assert_int_equal(pthread_rwlock_timedrdlock(&l, &dl), EDEADLK);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
}

static void write_held_gives_ebusy_to_try_forms(void **state) {
  (void)state;
  pthread_rwlock_t l;
  assert_int_equal(pthread_rwlock_init(&l, NULL), 0);
  assert_int_equal(pthread_rwlock_wrlock(&l), 0);
  assert_int_equal(pthread_rwlock_trywrlock(&l), EBUSY);
  assert_int_equal(pthread_rwlock_tryrdlock(&l), EBUSY);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_destroy(&l), 0);
}

static void read_held_takes_readers_and_refuses_writers(void **state) {
  (void)state;
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  struct timespec dl = soon();
  assert_int_equal(pthread_rwlock_rdlock(&l), 0);
  assert_int_equal(pthread_rwlock_tryrdlock(&l), 0);
  assert_int_equal(pthread_rwlock_timedrdlock(&l, &dl), 0);
  assert_int_equal(pthread_rwlock_wrlock(&l), EDEADLK);
  assert_int_equal(pthread_rwlock_timedwrlock(&l, &dl), EDEADLK);
  assert_int_equal(pthread_rwlock_trywrlock(&l), EBUSY);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
  assert_int_equal(pthread_rwlock_trywrlock(&l), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
}

static void free_lock_takes_a_timed_writer(void **state) {
  (void)state;
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  struct timespec dl = soon();
  assert_int_equal(pthread_rwlock_timedwrlock(&l, &dl), 0);
  assert_int_equal(pthread_rwlock_unlock(&l), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(write_held_gives_edeadlk_to_every_lock),
      cmocka_unit_test(write_held_gives_ebusy_to_try_forms),
      cmocka_unit_test(read_held_takes_readers_and_refuses_writers),
      cmocka_unit_test(free_lock_takes_a_timed_writer),
  };
  return cmocka_run_group_tests_name("pthread-rwlock", tests, NULL, NULL);
}
