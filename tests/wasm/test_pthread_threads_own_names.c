/* A program's own macros for the thread functions survive <pthread.h>
 * (docs/quirks/pthread-threads.md): wasishim removes only the libc's
 * compile-time errors. config.site hides pthread_create this way to keep
 * CPython on its own stubs. */
#define _POSIX_C_SOURCE 200809L
#define pthread_create own_pthread_create
#define pthread_detach own_pthread_detach
#include <pthread.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define NAME_OF(f) NAME_OF_(f)
#define NAME_OF_(f) #f

static void own_pthread_create_survives(void **state) {
  (void)state;
  assert_string_equal(NAME_OF(pthread_create), "own_pthread_create");
}

static void own_pthread_detach_survives(void **state) {
  (void)state;
  assert_string_equal(NAME_OF(pthread_detach), "own_pthread_detach");
}

/* Such a program brings its own pthread_exit (CPython's stubs return int):
   wasishim does not rename it. */
static void own_pthread_exit_is_not_renamed(void **state) {
  (void)state;
  assert_string_equal(NAME_OF(pthread_exit), "pthread_exit");
}

/* Its pthread_exit is CPython's, returning int, whatever the libc declares
   (this file compiles). */
int pthread_exit(void *);
int pthread_exit(void *value) {
  (void)value;
  return -1;
}

static void own_pthread_exit_is_the_programs(void **state) {
  (void)state;
  int (*volatile f)(void *) = pthread_exit;
  assert_int_equal(f(NULL), -1);
}

/* The libc's error macro for the name left alone is gone: a call
   compiles, and is the function. */
static void join_is_the_function(void **state) {
  (void)state;
  int (*volatile f)(pthread_t, void **) = pthread_join;
  assert_non_null(f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(own_pthread_create_survives),
      cmocka_unit_test(own_pthread_detach_survives),
      cmocka_unit_test(own_pthread_exit_is_not_renamed),
      cmocka_unit_test(own_pthread_exit_is_the_programs),
      cmocka_unit_test(join_is_the_function),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
