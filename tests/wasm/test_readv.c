/* readv, writev, preadv and pwritev fill or write every buffer of a vector
 * on a regular file, under every runtime (docs/quirks/readv.md): wasmtime's
 * preview 1 does only the first, and wasishim goes on with the rest. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static const char data[] = "abcdefghij";

/* A file holding data's ten bytes, open for reading and writing at 0. */
static int ten_bytes(const char *path) {
  int fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0 || write(fd, data, 10) != 10 || lseek(fd, 0, SEEK_SET) != 0)
    return -1;
  return fd;
}

static void readv_fills_every_buffer(void **state) {
  (void)state;
  char a[1], b[3], c[6];
  struct iovec iov[3] = {{a, sizeof a}, {b, sizeof b}, {c, sizeof c}};
  int fd = ten_bytes("r1");
  assert_true(fd >= 0);
  assert_int_equal(readv(fd, iov, 3), 10);
  assert_memory_equal(a, "a", 1);
  assert_memory_equal(b, "bcd", 3);
  assert_memory_equal(c, "efghij", 6);
  close(fd);
}

static void readv_passes_over_empty_buffers(void **state) {
  (void)state;
  char a[2], c[8];
  struct iovec iov[4] = {{a, sizeof a}, {NULL, 0}, {c, sizeof c}, {NULL, 0}};
  int fd = ten_bytes("r2");
  assert_true(fd >= 0);
  assert_int_equal(readv(fd, iov, 4), 10);
  assert_memory_equal(a, "ab", 2);
  assert_memory_equal(c, "cdefghij", 8);
  close(fd);
}

static void readv_stops_at_the_end_of_the_file(void **state) {
  (void)state;
  char a[4], b[4], c[4] = {'x', 'x', 'x', 'x'}, d[4] = {'y', 'y', 'y', 'y'};
  struct iovec iov[4] = {{a, 4}, {b, 4}, {c, 4}, {d, 4}};
  int fd = ten_bytes("r3");
  assert_true(fd >= 0);
  assert_int_equal(readv(fd, iov, 4), 10);
  assert_memory_equal(c, "ijxx", 4);
  assert_memory_equal(d, "yyyy", 4);
  assert_int_equal(readv(fd, iov, 4), 0);
  close(fd);
}

static void writev_writes_every_buffer(void **state) {
  (void)state;
  struct iovec iov[3] = {
      {(void *)"a", 1}, {(void *)"bcd", 3}, {(void *)"efghij", 6}};
  char back[16];
  int fd = open("w1", O_CREAT | O_RDWR | O_TRUNC, 0644);
  assert_true(fd >= 0);
  assert_int_equal(writev(fd, iov, 3), 10);
  assert_int_equal(pread(fd, back, sizeof back, 0), 10);
  assert_memory_equal(back, data, 10);
  close(fd);
}

static void preadv_fills_every_buffer_and_keeps_the_offset(void **state) {
  (void)state;
  char a[2], b[3];
  struct iovec iov[2] = {{a, sizeof a}, {b, sizeof b}};
  int fd = ten_bytes("p1");
  assert_true(fd >= 0);
  assert_int_equal(preadv(fd, iov, 2, 4), 5);
  assert_memory_equal(a, "ef", 2);
  assert_memory_equal(b, "ghi", 3);
  assert_int_equal(lseek(fd, 0, SEEK_CUR), 0);
  close(fd);
}

static void pwritev_writes_every_buffer_and_keeps_the_offset(void **state) {
  (void)state;
  struct iovec iov[3] = {{(void *)"X", 1}, {(void *)"YZ", 2}, {(void *)"W", 1}};
  char back[16];
  int fd = ten_bytes("p2");
  assert_true(fd >= 0);
  assert_int_equal(pwritev(fd, iov, 3, 3), 4);
  assert_int_equal(lseek(fd, 0, SEEK_CUR), 0);
  assert_int_equal(pread(fd, back, sizeof back, 0), 10);
  assert_memory_equal(back, "abcXYZWhij", 10);
  close(fd);
}

static void a_bad_descriptor_fails_with_ebadf(void **state) {
  (void)state;
  char a[1], b[1];
  struct iovec iov[2] = {{a, 1}, {b, 1}};
  errno = 0;
  assert_int_equal(readv(-1, iov, 2), -1);
  assert_int_equal(errno, EBADF);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(readv_fills_every_buffer),
      cmocka_unit_test(readv_passes_over_empty_buffers),
      cmocka_unit_test(readv_stops_at_the_end_of_the_file),
      cmocka_unit_test(writev_writes_every_buffer),
      cmocka_unit_test(preadv_fills_every_buffer_and_keeps_the_offset),
      cmocka_unit_test(pwritev_writes_every_buffer_and_keeps_the_offset),
      cmocka_unit_test(a_bad_descriptor_fails_with_ebadf),
  };
  return cmocka_run_group_tests_name("readv", tests, NULL, NULL);
}
