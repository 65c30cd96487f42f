/* sysconf's thread options (docs/quirks/sysconf.md): one answer on every
 * SDK, true to what the thread functions do. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void process_shared_is_an_option(void **state) {
  (void)state;
  assert_int_equal(sysconf(_SC_THREAD_PROCESS_SHARED), 200809L);
}

static void thread_cputime_is_not_an_option(void **state) {
  (void)state;
  clockid_t c;
  assert_int_equal(sysconf(_SC_THREAD_CPUTIME), -1);
  assert_int_equal(pthread_getcpuclockid(pthread_self(), &c), ENOTSUP);
  assert_true(_POSIX_THREAD_CPUTIME < 0);
}

static void lock_options_are_200809(void **state) {
  (void)state;
  assert_int_equal(sysconf(_SC_THREADS), 200809L);
  assert_int_equal(sysconf(_SC_READER_WRITER_LOCKS), 200809L);
  assert_int_equal(sysconf(_SC_SPIN_LOCKS), 200809L);
  assert_int_equal(sysconf(_SC_BARRIERS), 200809L);
  assert_int_equal(sysconf(_SC_SEMAPHORES), 200809L);
  assert_int_equal(sysconf(_SC_TIMEOUTS), 200809L);
}

static void other_names_are_the_libcs(void **state) {
  (void)state;
  assert_int_equal(sysconf(_SC_PAGESIZE), 65536);
}

static void every_mutex_made_can_be_destroyed(void **state) {
  (void)state;
  for (int shared = 0; shared < 2; shared++)
    for (int type = 0; type < 3; type++) {
      pthread_mutexattr_t a;
      pthread_mutex_t m;
      assert_int_equal(pthread_mutexattr_init(&a), 0);
      assert_int_equal(pthread_mutexattr_settype(&a, type), 0);
      if (shared)
        assert_int_equal(
            pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
      assert_int_equal(pthread_mutex_init(&m, &a), 0);
      assert_int_equal(pthread_mutex_destroy(&m), 0);
      assert_int_equal(pthread_mutexattr_destroy(&a), 0);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(process_shared_is_an_option),
      cmocka_unit_test(thread_cputime_is_not_an_option),
      cmocka_unit_test(lock_options_are_200809),
      cmocka_unit_test(other_names_are_the_libcs),
      cmocka_unit_test(every_mutex_made_can_be_destroyed),
  };
  return cmocka_run_group_tests_name("sysconf", tests, NULL, NULL);
}
