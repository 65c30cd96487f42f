/* linkat on every SDK (docs/quirks/linkat.md): with AT_FDCWD on both sides
 * it makes a hard link, also in a program that links chdir, where the
 * libcs before wasi-libc PR 690 give ENOENT. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static int make_file(const char *path) {
  int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  return fd >= 0 && close(fd) == 0 ? 0 : -1;
}

static nlink_t links_of(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? st.st_nlink : 0;
}

static void at_fdcwd_on_both_sides_makes_a_link(void **state) {
  (void)state;
  assert_int_equal(make_file("a"), 0);
  assert_int_equal(linkat(AT_FDCWD, "a", AT_FDCWD, "a2", 0), 0);
  assert_int_equal(links_of("a"), 2);
}

static void a_link_in_a_folder_after_chdir(void **state) {
  (void)state;
  assert_int_equal(mkdir("sub", 0755), 0);
  assert_int_equal(chdir("sub"), 0);
  assert_int_equal(make_file("b"), 0);
  int r = linkat(AT_FDCWD, "b", AT_FDCWD, "b2", 0);
  assert_int_equal(chdir(".."), 0);
  assert_int_equal(r, 0);
  assert_int_equal(links_of("sub/b2"), 2);
}

static void a_folder_descriptor_on_one_side(void **state) {
  (void)state;
  int dir = open(".", O_RDONLY | O_DIRECTORY);
  assert_true(dir >= 0);
  assert_int_equal(make_file("c"), 0);
  assert_int_equal(linkat(dir, "c", AT_FDCWD, "c2", 0), 0);
  assert_int_equal(links_of("c"), 2);
  close(dir);
}

static void a_missing_file_fails_with_enoent(void **state) {
  (void)state;
  errno = 0;
  assert_int_equal(linkat(AT_FDCWD, "missing", AT_FDCWD, "m2", 0), -1);
  assert_int_equal(errno, ENOENT);
}

static void an_existing_new_name_fails_with_eexist(void **state) {
  (void)state;
  assert_int_equal(make_file("d"), 0);
  assert_int_equal(make_file("d2"), 0);
  errno = 0;
  assert_int_equal(linkat(AT_FDCWD, "d", AT_FDCWD, "d2", 0), -1);
  assert_int_equal(errno, EEXIST);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(at_fdcwd_on_both_sides_makes_a_link),
      cmocka_unit_test(a_link_in_a_folder_after_chdir),
      cmocka_unit_test(a_folder_descriptor_on_one_side),
      cmocka_unit_test(a_missing_file_fails_with_enoent),
      cmocka_unit_test(an_existing_new_name_fails_with_eexist),
  };
  return cmocka_run_group_tests_name("linkat", tests, NULL, NULL);
}
