/* statvfs and fstatvfs: WASI p1 cannot tell file system sizes, so with
 * wasishim <sys/statvfs.h> exists on every SDK (libcs before SDK 22 have
 * none), the functions link, and they fail with ENOSYS as the stubs of SDK
 * 22 and later do (docs/quirks/statvfs.md). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static void declared_with_the_posix_prototypes(void **state) {
  (void)state;
  int (*s)(const char *restrict, struct statvfs *restrict) = statvfs;
  int (*f)(int, struct statvfs *) = fstatvfs;
  assert_non_null(s);
  assert_non_null(f);
}

/* The members and flags POSIX lists for <sys/statvfs.h>. */
static void the_header_has_what_posix_lists(void **state) {
  (void)state;
  struct statvfs s = {0};
  fsblkcnt_t b = s.f_blocks + s.f_bfree + s.f_bavail;
  fsfilcnt_t f = s.f_files + s.f_ffree + s.f_favail;
  unsigned long u = s.f_bsize + s.f_frsize + s.f_fsid + s.f_flag + s.f_namemax;
  assert_int_equal(b + f + u, 0);
  assert_int_not_equal(ST_RDONLY, ST_NOSUID);
}

static void statvfs_fails_with_enosys(void **state) {
  (void)state;
  struct statvfs s;
  errno = 0;
  assert_int_equal(statvfs(".", &s), -1);
  assert_int_equal(errno, ENOSYS);
}

static void fstatvfs_fails_with_enosys(void **state) {
  (void)state;
  struct statvfs s;
  int fd = open("f", O_CREAT | O_WRONLY, 0644);
  assert_true(fd >= 0);
  errno = 0;
  assert_int_equal(fstatvfs(fd, &s), -1);
  assert_int_equal(errno, ENOSYS);
  close(fd);
}

static void a_missing_path_fails_with_enoent(void **state) {
  (void)state;
  struct statvfs s;
  errno = 0;
  assert_int_equal(statvfs("missing", &s), -1);
  assert_int_equal(errno, ENOENT);
}

static void a_descriptor_that_is_not_open_fails_with_ebadf(void **state) {
  (void)state;
  struct statvfs s;
  errno = 0;
  assert_int_equal(fstatvfs(-1, &s), -1);
  assert_int_equal(errno, EBADF);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_the_posix_prototypes),
      cmocka_unit_test(the_header_has_what_posix_lists),
      cmocka_unit_test(statvfs_fails_with_enosys),
      cmocka_unit_test(fstatvfs_fails_with_enosys),
      cmocka_unit_test(a_missing_path_fails_with_enoent),
      cmocka_unit_test(a_descriptor_that_is_not_open_fails_with_ebadf),
  };
  return cmocka_run_group_tests_name("statvfs", tests, NULL, NULL);
}
