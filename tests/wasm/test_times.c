/* futimens and utimensat: NULL times mean "now", UTIME_NOW and UTIME_OMIT
 * work in either entry, explicit times are set as given, on every SDK
 * (docs/quirks/times.md; Debian's 2022 wasi-libc sets NULL times to
 * 1970 and rejects the special values, and wasishim replaces it there). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Far enough from now that "set to now" and "left alone" differ. */
#define OLD 1000000000
#define NEW 1100000000

static const struct timespec old_times[2] = {{OLD, 0}, {OLD, 0}};

static int near_now(time_t t) {
  time_t now = time(NULL);
  return t > now - 300 && t < now + 300;
}

/* Creates path with both times at OLD; its descriptor, open read-write. */
static int old_file(const char *path) {
  int fd = open(path, O_CREAT | O_RDWR, 0644);
  assert_true(fd >= 0);
  assert_int_equal(futimens(fd, old_times), 0);
  return fd;
}

static void declared_with_the_posix_prototypes(void **state) {
  (void)state;
  int (*f)(int, const struct timespec[2]) = futimens;
  int (*u)(int, const char *, const struct timespec[2], int) = utimensat;
  assert_non_null(f);
  assert_non_null(u);
}

static void futimens_sets_explicit_times(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{OLD, 0}, {NEW, 0}};
  int fd = open("explicit", O_CREAT | O_RDWR, 0644);
  assert_true(fd >= 0);
  assert_int_equal(futimens(fd, ts), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_int_equal(st.st_atime, OLD);
  assert_int_equal(st.st_mtime, NEW);
  close(fd);
}

static void futimens_null_sets_both_to_now(void **state) {
  (void)state;
  struct stat st;
  int fd = old_file("null");
  assert_int_equal(futimens(fd, NULL), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_true(near_now(st.st_atime));
  assert_true(near_now(st.st_mtime));
  close(fd);
}

static void futimens_utime_now_sets_now(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  int fd = old_file("now");
  assert_int_equal(futimens(fd, ts), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_true(near_now(st.st_atime));
  assert_true(near_now(st.st_mtime));
  close(fd);
}

static void futimens_omitted_atime_is_kept(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_OMIT}, {NEW, 0}};
  int fd = old_file("omit_a");
  assert_int_equal(futimens(fd, ts), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_int_equal(st.st_atime, OLD);
  assert_int_equal(st.st_mtime, NEW);
  close(fd);
}

static void futimens_omitted_mtime_is_kept(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
  int fd = old_file("omit_m");
  assert_int_equal(futimens(fd, ts), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_true(near_now(st.st_atime));
  assert_int_equal(st.st_mtime, OLD);
  close(fd);
}

static void futimens_both_omitted_changes_nothing(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
  int fd = old_file("omit_both");
  assert_int_equal(futimens(fd, ts), 0);
  assert_int_equal(fstat(fd, &st), 0);
  assert_int_equal(st.st_atime, OLD);
  assert_int_equal(st.st_mtime, OLD);
  close(fd);
}

static void futimens_bad_nanoseconds_fail_with_einval(void **state) {
  (void)state;
  struct timespec big[2] = {{OLD, 1000000000}, {OLD, 0}};
  struct timespec neg[2] = {{0, UTIME_OMIT}, {OLD, -5}};
  int fd = old_file("bad_ns");
  errno = 0;
  assert_int_equal(futimens(fd, big), -1);
  assert_int_equal(errno, EINVAL);
  errno = 0;
  assert_int_equal(futimens(fd, neg), -1);
  assert_int_equal(errno, EINVAL);
  /* Checked before the descriptor. */
  errno = 0;
  assert_int_equal(futimens(-1, big), -1);
  assert_int_equal(errno, EINVAL);
  close(fd);
}

static void futimens_bad_descriptor_fails_with_ebadf(void **state) {
  (void)state;
  struct timespec omit[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
  struct timespec half[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
  errno = 0;
  assert_int_equal(futimens(-1, NULL), -1);
  assert_int_equal(errno, EBADF);
  errno = 0;
  assert_int_equal(futimens(-1, omit), -1);
  assert_int_equal(errno, EBADF);
  errno = 0;
  assert_int_equal(futimens(-1, half), -1);
  assert_int_equal(errno, EBADF);
}

static void utimensat_null_sets_both_to_now(void **state) {
  (void)state;
  struct stat st;
  close(old_file("u_null"));
  assert_int_equal(utimensat(AT_FDCWD, "u_null", NULL, 0), 0);
  assert_int_equal(stat("u_null", &st), 0);
  assert_true(near_now(st.st_atime));
  assert_true(near_now(st.st_mtime));
}

static void utimensat_utime_now_sets_now(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  close(old_file("u_now"));
  assert_int_equal(utimensat(AT_FDCWD, "u_now", ts, 0), 0);
  assert_int_equal(stat("u_now", &st), 0);
  assert_true(near_now(st.st_atime));
  assert_true(near_now(st.st_mtime));
}

static void utimensat_omitted_atime_is_kept(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
  close(old_file("u_omit_a"));
  assert_int_equal(utimensat(AT_FDCWD, "u_omit_a", ts, 0), 0);
  assert_int_equal(stat("u_omit_a", &st), 0);
  assert_int_equal(st.st_atime, OLD);
  assert_true(near_now(st.st_mtime));
}

static void utimensat_omitted_mtime_is_kept(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{NEW, 0}, {0, UTIME_OMIT}};
  close(old_file("u_omit_m"));
  assert_int_equal(utimensat(AT_FDCWD, "u_omit_m", ts, 0), 0);
  assert_int_equal(stat("u_omit_m", &st), 0);
  assert_int_equal(st.st_atime, NEW);
  assert_int_equal(st.st_mtime, OLD);
}

static void utimensat_relative_to_a_directory(void **state) {
  (void)state;
  struct stat st;
  struct timespec ts[2] = {{0, UTIME_OMIT}, {NEW, 0}};
  assert_int_equal(mkdir("dir", 0755), 0);
  close(old_file("dir/in"));
  int dfd = open("dir", O_RDONLY | O_DIRECTORY);
  assert_true(dfd >= 0);
  assert_int_equal(utimensat(dfd, "in", ts, 0), 0);
  assert_int_equal(stat("dir/in", &st), 0);
  assert_int_equal(st.st_atime, OLD);
  assert_int_equal(st.st_mtime, NEW);
  close(dfd);
}

static void utimensat_missing_file_fails_with_enoent(void **state) {
  (void)state;
  struct timespec omit[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
  struct timespec half[2] = {{NEW, 0}, {0, UTIME_OMIT}};
  errno = 0;
  assert_int_equal(utimensat(AT_FDCWD, "missing", NULL, 0), -1);
  assert_int_equal(errno, ENOENT);
  errno = 0;
  assert_int_equal(utimensat(AT_FDCWD, "missing", omit, 0), -1);
  assert_int_equal(errno, ENOENT);
  errno = 0;
  assert_int_equal(utimensat(AT_FDCWD, "missing", half, 0), -1);
  assert_int_equal(errno, ENOENT);
}

static void utimensat_bad_nanoseconds_fail_with_einval(void **state) {
  (void)state;
  struct timespec ts[2] = {{NEW, 0}, {NEW, 1000000000}};
  close(old_file("u_bad"));
  errno = 0;
  assert_int_equal(utimensat(AT_FDCWD, "u_bad", ts, 0), -1);
  assert_int_equal(errno, EINVAL);
  errno = 0;
  assert_int_equal(utimensat(AT_FDCWD, "missing", ts, 0), -1);
  assert_int_equal(errno, EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_the_posix_prototypes),
      cmocka_unit_test(futimens_sets_explicit_times),
      cmocka_unit_test(futimens_null_sets_both_to_now),
      cmocka_unit_test(futimens_utime_now_sets_now),
      cmocka_unit_test(futimens_omitted_atime_is_kept),
      cmocka_unit_test(futimens_omitted_mtime_is_kept),
      cmocka_unit_test(futimens_both_omitted_changes_nothing),
      cmocka_unit_test(futimens_bad_nanoseconds_fail_with_einval),
      cmocka_unit_test(futimens_bad_descriptor_fails_with_ebadf),
      cmocka_unit_test(utimensat_null_sets_both_to_now),
      cmocka_unit_test(utimensat_utime_now_sets_now),
      cmocka_unit_test(utimensat_omitted_atime_is_kept),
      cmocka_unit_test(utimensat_omitted_mtime_is_kept),
      cmocka_unit_test(utimensat_relative_to_a_directory),
      cmocka_unit_test(utimensat_missing_file_fails_with_enoent),
      cmocka_unit_test(utimensat_bad_nanoseconds_fail_with_einval),
  };
  return cmocka_run_group_tests_name("utimens", tests, NULL, NULL);
}
