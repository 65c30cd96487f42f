/* The working directory: wasi-libc emulates it on top of preopens, and
 * relative paths in every other test resolve through it. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void getcwd_is_absolute(void **state) {
  (void)state;
  char buf[256];
  assert_non_null(getcwd(buf, sizeof buf));
  assert_int_equal(buf[0], '/');
}

static void chdir_changes_getcwd(void **state) {
  (void)state;
  char after[256];
  assert_int_equal(mkdir("sub", 0755), 0);
  assert_int_equal(chdir("sub"), 0);
  assert_non_null(getcwd(after, sizeof after));
  size_t n = strlen(after);
  assert_true(n >= 4 && strcmp(after + n - 4, "/sub") == 0);
  assert_int_equal(chdir(".."), 0);
}

/* wasi-libc keeps "/sub/.." as the text of the working directory, so the
 * way back is checked by identity, not by name. */
static void chdir_dotdot_returns_to_the_same_folder(void **state) {
  (void)state;
  struct stat before, after;
  assert_int_equal(stat(".", &before), 0);
  assert_int_equal(mkdir("sub2", 0755), 0);
  assert_int_equal(chdir("sub2"), 0);
  assert_int_equal(chdir(".."), 0);
  assert_int_equal(stat(".", &after), 0);
  assert_true(before.st_ino == after.st_ino && before.st_dev == after.st_dev);
}

static void relative_paths_follow_chdir(void **state) {
  (void)state;
  struct stat st;
  assert_int_equal(mkdir("d2", 0755), 0);
  assert_int_equal(chdir("d2"), 0);
  int fd = open("inside.txt", O_CREAT | O_WRONLY, 0644);
  assert_true(fd >= 0);
  close(fd);
  assert_int_equal(chdir(".."), 0);
  assert_int_equal(stat("d2/inside.txt", &st), 0);
}

static void getcwd_too_small_buffer_is_erange(void **state) {
  (void)state;
  char tiny[1];
  errno = 0;
  assert_null(getcwd(tiny, sizeof tiny));
  assert_int_equal(errno, ERANGE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(getcwd_is_absolute),
      cmocka_unit_test(chdir_changes_getcwd),
      cmocka_unit_test(chdir_dotdot_returns_to_the_same_folder),
      cmocka_unit_test(relative_paths_follow_chdir),
      cmocka_unit_test(getcwd_too_small_buffer_is_erange),
  };
  return cmocka_run_group_tests_name("getcwd", tests, NULL, NULL);
}
