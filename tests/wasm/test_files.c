/* Files in the preopened folder: the ground every later test and probe
 * stands on (tools/run/wasi-run preopens the current folder as "."). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static int make_file(const char *path, const char *text) {
  int fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0644);
  if (fd < 0)
    return -1;
  ssize_t n = write(fd, text, strlen(text));
  return close(fd) == 0 && n == (ssize_t)strlen(text) ? 0 : -1;
}

static void write_then_read_back(void **state) {
  (void)state;
  char buf[32] = {0};
  assert_int_equal(make_file("rw.txt", "hello wasi"), 0);
  int fd = open("rw.txt", O_RDONLY);
  assert_true(fd >= 0);
  assert_int_equal(read(fd, buf, sizeof buf - 1), 10);
  assert_string_equal(buf, "hello wasi");
  assert_int_equal(close(fd), 0);
}

static void exclusive_create_of_existing_file_fails(void **state) {
  (void)state;
  assert_int_equal(make_file("excl.txt", "x"), 0);
  errno = 0;
  assert_int_equal(open("excl.txt", O_CREAT | O_EXCL | O_WRONLY, 0644), -1);
  assert_int_equal(errno, EEXIST);
}

static void fstat_reports_size_and_type(void **state) {
  (void)state;
  struct stat st;
  assert_int_equal(make_file("size.txt", "12345"), 0);
  int fd = open("size.txt", O_RDONLY);
  assert_true(fd >= 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_int_equal(st.st_size, 5);
  assert_true(S_ISREG(st.st_mode));
  close(fd);
}

static void ftruncate_shrinks(void **state) {
  (void)state;
  struct stat st;
  assert_int_equal(make_file("trunc.txt", "0123456789"), 0);
  int fd = open("trunc.txt", O_RDWR);
  assert_true(fd >= 0);
  assert_int_equal(ftruncate(fd, 4), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_int_equal(st.st_size, 4);
  close(fd);
}

static void rename_then_unlink(void **state) {
  (void)state;
  struct stat st;
  assert_int_equal(make_file("old.txt", "x"), 0);
  assert_int_equal(rename("old.txt", "new.txt"), 0);
  assert_int_equal(stat("new.txt", &st), 0);
  assert_int_equal(unlink("new.txt"), 0);
  errno = 0;
  assert_int_equal(stat("new.txt", &st), -1);
  assert_int_equal(errno, ENOENT);
}

static void readdir_finds_created_file(void **state) {
  (void)state;
  int found = 0;
  assert_int_equal(mkdir("dir", 0755), 0);
  assert_int_equal(make_file("dir/entry.txt", "x"), 0);
  DIR *d = opendir("dir");
  assert_non_null(d);
  for (struct dirent *e; (e = readdir(d)) != NULL;)
    found += strcmp(e->d_name, "entry.txt") == 0;
  closedir(d);
  assert_int_equal(found, 1);
  assert_int_equal(unlink("dir/entry.txt"), 0);
  assert_int_equal(rmdir("dir"), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(write_then_read_back),
      cmocka_unit_test(exclusive_create_of_existing_file_fails),
      cmocka_unit_test(fstat_reports_size_and_type),
      cmocka_unit_test(ftruncate_shrinks),
      cmocka_unit_test(rename_then_unlink),
      cmocka_unit_test(readdir_finds_created_file),
  };
  return cmocka_run_group_tests_name("files", tests, NULL, NULL);
}
