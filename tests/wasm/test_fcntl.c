/* fcntl's lock and duplication commands on every SDK (docs/quirks/fcntl.md):
 * defined, and failing with one errno per question, since WASI p1 can
 * neither lock nor duplicate a descriptor: EBADF for a descriptor that is
 * not open, else EINVAL for a lock and ENOTSUP for a duplication. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static int fd = -1;

static int setup(void **state) {
  (void)state;
  fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  return fd >= 0 ? 0 : -1;
}

static void the_lock_types_are_distinct(void **state) {
  (void)state;
  assert_int_not_equal(F_RDLCK, F_WRLCK);
  assert_int_not_equal(F_WRLCK, F_UNLCK);
  assert_int_not_equal(F_RDLCK, F_UNLCK);
}

static void the_commands_are_not_the_ones_that_work(void **state) {
  (void)state;
  const int cmds[] = {F_DUPFD, F_DUPFD_CLOEXEC, F_GETLK, F_SETLK, F_SETLKW};
  for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
    assert_int_not_equal(cmds[i], F_GETFD);
    assert_int_not_equal(cmds[i], F_SETFD);
    assert_int_not_equal(cmds[i], F_GETFL);
    assert_int_not_equal(cmds[i], F_SETFL);
  }
}

static void a_write_lock_fails_with_einval(void **state) {
  (void)state;
  struct flock lock;
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  errno = 0;
  assert_int_equal(fcntl(fd, F_SETLK, &lock), -1);
  assert_int_equal(errno, EINVAL);
}

static void asking_for_a_lock_fails_with_einval(void **state) {
  (void)state;
  struct flock lock;
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_RDLCK;
  errno = 0;
  assert_int_equal(fcntl(fd, F_GETLK, &lock), -1);
  assert_int_equal(errno, EINVAL);
}

static void waiting_for_a_lock_fails_with_einval(void **state) {
  (void)state;
  struct flock lock;
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_WRLCK;
  errno = 0;
  assert_int_equal(fcntl(fd, F_SETLKW, &lock), -1);
  assert_int_equal(errno, EINVAL);
}

static void a_lock_on_a_closed_descriptor_fails_with_ebadf(void **state) {
  (void)state;
  struct flock lock;
  const int cmds[] = {F_GETLK, F_SETLK, F_SETLKW};
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_WRLCK;
  for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
    errno = 0;
    assert_int_equal(fcntl(1000, cmds[i], &lock), -1);
    assert_int_equal(errno, EBADF);
  }
}

static void f_dupfd_fails_with_enotsup_as_dup(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(fcntl(fd, F_DUPFD, 10), -1);
  assert_int_equal(errno, ENOTSUP);
  errno = 0;
  assert_int_equal(fcntl(fd, F_DUPFD_CLOEXEC, 10), -1);
  assert_int_equal(errno, ENOTSUP);
}

static void f_dupfd_on_a_closed_descriptor_fails_with_ebadf(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(fcntl(1000, F_DUPFD, 10), -1);
  assert_int_equal(errno, EBADF);
}

static void the_flag_commands_still_work(void **state) {
  (void)state;
  /* What F_GETFL reports back after F_SETFL is the runtime's affair
   * (docs/runtimes.md); that the calls reach the libc is the point. */
  int fl = fcntl(fd, F_GETFL);
  assert_int_not_equal(fl, -1);
  assert_int_equal(fcntl(fd, F_SETFL, fl), 0);
  assert_int_equal(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
  assert_int_not_equal(fcntl(fd, F_GETFD), -1);
  errno = 0;
  assert_int_equal(fcntl(1000, F_GETFL), -1);
  assert_int_equal(errno, EBADF);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(the_lock_types_are_distinct),
      cmocka_unit_test(the_commands_are_not_the_ones_that_work),
      cmocka_unit_test(a_write_lock_fails_with_einval),
      cmocka_unit_test(asking_for_a_lock_fails_with_einval),
      cmocka_unit_test(waiting_for_a_lock_fails_with_einval),
      cmocka_unit_test(a_lock_on_a_closed_descriptor_fails_with_ebadf),
      cmocka_unit_test(f_dupfd_fails_with_enotsup_as_dup),
      cmocka_unit_test(f_dupfd_on_a_closed_descriptor_fails_with_ebadf),
      cmocka_unit_test(the_flag_commands_still_work),
  };
  return cmocka_run_group_tests_name("fcntl", tests, setup, NULL);
}
