/* gethostname on every SDK (docs/quirks/gethostname.md): WASI has no host
 * name, so the name is uname's nodename, as in wasi-libc from SDK 29 on; a
 * short buffer gets the name cut, NUL-terminated, and success. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

static struct utsname u;

static int setup(void **state) {
  (void)state;
  return uname(&u) == 0 && u.nodename[0] != '\0' ? 0 : -1;
}

static void declared_with_the_posix_prototype(void **state) {
  (void)state;
  int (*g)(char *, size_t) = gethostname;
  assert_non_null(g);
}

static void the_name_is_unames_nodename(void **state) {
  (void)state;
  char name[256];
  memset(name, 'x', sizeof name);
  assert_int_equal(gethostname(name, sizeof name), 0);
  assert_string_equal(name, u.nodename);
}

static void an_exact_fit_gets_the_whole_name(void **state) {
  (void)state;
  char name[256];
  size_t n = strlen(u.nodename);
  memset(name, 'x', sizeof name);
  assert_int_equal(gethostname(name, n + 1), 0);
  assert_string_equal(name, u.nodename);
}

static void a_short_buffer_gets_the_name_cut_and_terminated(void **state) {
  (void)state;
  char name[256];
  size_t n = strlen(u.nodename);
  memset(name, 'x', sizeof name);
  errno = 0;
  assert_int_equal(gethostname(name, n), 0);
  assert_int_equal(errno, 0);
  assert_int_equal(strlen(name), n - 1);
  assert_memory_equal(name, u.nodename, n - 1);
  assert_int_equal(name[n], 'x'); /* nothing written past len */
}

static void a_one_byte_buffer_gets_an_empty_name(void **state) {
  (void)state;
  char name[2] = {'x', 'x'};
  assert_int_equal(gethostname(name, 1), 0);
  assert_int_equal(name[0], '\0');
  assert_int_equal(name[1], 'x');
}

static void a_zero_length_buffer_is_left_alone(void **state) {
  (void)state;
  char name[1] = {'x'};
  assert_int_equal(gethostname(name, 0), 0);
  assert_int_equal(name[0], 'x');
}

static void the_name_fits_host_name_max(void **state) {
  (void)state;
  char name[HOST_NAME_MAX + 1];
  assert_int_equal(gethostname(name, sizeof name), 0);
  assert_true(strlen(name) <= HOST_NAME_MAX);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(declared_with_the_posix_prototype),
      cmocka_unit_test(the_name_is_unames_nodename),
      cmocka_unit_test(an_exact_fit_gets_the_whole_name),
      cmocka_unit_test(a_short_buffer_gets_the_name_cut_and_terminated),
      cmocka_unit_test(a_one_byte_buffer_gets_an_empty_name),
      cmocka_unit_test(a_zero_length_buffer_is_left_alone),
      cmocka_unit_test(the_name_fits_host_name_max),
  };
  return cmocka_run_group_tests_name("hostname", tests, setup, NULL);
}
