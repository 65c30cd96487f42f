/* Barriers and spin locks on one thread (docs/quirks/pthread-barrier.md):
 * no wait traps or spins forever. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void barrier_of_one_opens_for_its_waiter(void **state) {
  (void)state;
  pthread_barrier_t b;
  assert_int_equal(pthread_barrier_init(&b, NULL, 1), 0);
  assert_int_equal(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
  assert_int_equal(pthread_barrier_wait(&b), PTHREAD_BARRIER_SERIAL_THREAD);
  assert_int_equal(pthread_barrier_destroy(&b), 0);
}

static void barrier_of_two_gives_edeadlk(void **state) {
  (void)state;
  pthread_barrier_t b;
  assert_int_equal(pthread_barrier_init(&b, NULL, 2), 0);
  assert_int_equal(pthread_barrier_wait(&b), EDEADLK);
  assert_int_equal(pthread_barrier_destroy(&b), 0);
}

static void barrier_of_zero_is_einval(void **state) {
  (void)state;
  pthread_barrier_t b;
  assert_int_equal(pthread_barrier_init(&b, NULL, 0), EINVAL);
}

static void held_spin_lock_gives_edeadlk(void **state) {
  (void)state;
  pthread_spinlock_t s;
  assert_int_equal(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE), 0);
  assert_int_equal(pthread_spin_lock(&s), 0);
  assert_int_equal(pthread_spin_lock(&s), EDEADLK);
  assert_int_equal(pthread_spin_unlock(&s), 0);
  assert_int_equal(pthread_spin_destroy(&s), 0);
}

static void held_spin_lock_gives_ebusy_to_trylock(void **state) {
  (void)state;
  pthread_spinlock_t s;
  assert_int_equal(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE), 0);
  assert_int_equal(pthread_spin_trylock(&s), 0);
  assert_int_equal(pthread_spin_trylock(&s), EBUSY);
  assert_int_equal(pthread_spin_unlock(&s), 0);
  assert_int_equal(pthread_spin_trylock(&s), 0);
  assert_int_equal(pthread_spin_unlock(&s), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(barrier_of_one_opens_for_its_waiter),
      cmocka_unit_test(barrier_of_two_gives_edeadlk),
      cmocka_unit_test(barrier_of_zero_is_einval),
      cmocka_unit_test(held_spin_lock_gives_edeadlk),
      cmocka_unit_test(held_spin_lock_gives_ebusy_to_trylock),
  };
  return cmocka_run_group_tests_name("pthread-barrier", tests, NULL, NULL);
}
