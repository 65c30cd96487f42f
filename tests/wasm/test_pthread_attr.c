/* Thread attributes, and the main thread's stack through
 * pthread_getattr_np (docs/quirks/pthread-attr.md): libc of SDK 26-27
 * reports no stack (issue 617), p1 libcs before 26 have no such function.
 * The stack may start at address 0 (wasm-ld 22 puts it first). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

static void stacksize_reads_back(void **state) {
  (void)state;
  pthread_attr_t a;
  size_t s = 0;
  assert_int_equal(pthread_attr_init(&a), 0);
  assert_int_equal(pthread_attr_getstacksize(&a, &s), 0);
  assert_true(s >= PTHREAD_STACK_MIN);
  assert_int_equal(pthread_attr_setstacksize(&a, 1 << 20), 0);
  assert_int_equal(pthread_attr_getstacksize(&a, &s), 0);
  assert_int_equal(s, 1 << 20);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}

static void stacksize_below_minimum_is_einval(void **state) {
  (void)state;
  pthread_attr_t a;
  assert_int_equal(pthread_attr_init(&a), 0);
  assert_int_equal(pthread_attr_setstacksize(&a, PTHREAD_STACK_MIN - 1),
                   EINVAL);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}

static void getstack_without_a_stack_is_einval(void **state) {
  (void)state;
  pthread_attr_t a;
  void *addr;
  size_t size;
  assert_int_equal(pthread_attr_init(&a), 0);
  assert_int_equal(pthread_attr_getstack(&a, &addr, &size), EINVAL);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}

static void setstack_reads_back(void **state) {
  (void)state;
  static char stack[PTHREAD_STACK_MIN * 2];
  pthread_attr_t a;
  void *addr = NULL;
  size_t size = 0;
  assert_int_equal(pthread_attr_init(&a), 0);
  assert_int_equal(pthread_attr_setstack(&a, stack, sizeof stack), 0);
  assert_int_equal(pthread_attr_getstack(&a, &addr, &size), 0);
  assert_ptr_equal(addr, stack);
  assert_int_equal(size, sizeof stack);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}

static void main_stack_holds_a_local(void **state) {
  (void)state;
  pthread_attr_t a;
  void *addr = NULL;
  size_t size = 0;
  volatile char local = 0;
  uintptr_t p = (uintptr_t)&local;
  assert_int_equal(pthread_getattr_np(pthread_self(), &a), 0);
  assert_int_equal(pthread_attr_getstack(&a, &addr, &size), 0);
  assert_true(size > 0);
  assert_true(p >= (uintptr_t)addr && p - (uintptr_t)addr < size);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}

static void main_stacksize_matches_getstack(void **state) {
  (void)state;
  pthread_attr_t a;
  void *addr;
  size_t size = 0, s2 = 1;
  assert_int_equal(pthread_getattr_np(pthread_self(), &a), 0);
  assert_int_equal(pthread_attr_getstack(&a, &addr, &size), 0);
  assert_int_equal(pthread_attr_getstacksize(&a, &s2), 0);
  assert_int_equal(size, s2);
  assert_int_equal(pthread_attr_destroy(&a), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(stacksize_reads_back),
      cmocka_unit_test(stacksize_below_minimum_is_einval),
      cmocka_unit_test(getstack_without_a_stack_is_einval),
      cmocka_unit_test(setstack_reads_back),
      cmocka_unit_test(main_stack_holds_a_local),
      cmocka_unit_test(main_stacksize_matches_getstack),
  };
  return cmocka_run_group_tests_name("pthread_attr", tests, NULL, NULL);
}
