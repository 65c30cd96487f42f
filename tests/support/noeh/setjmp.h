/*
 * <setjmp.h> for cmocka under a runtime without wasm exception handling
 * (wazero 1.12), which cannot load a module that uses clang's setjmp
 * lowering. setjmp returns 0 and longjmp ends the program with a failure:
 * every test up to the first failing one runs and is reported as usual,
 * and a failure still fails the module, only the tests after it do not
 * run. (So the tests do not skip(): that jumps too.) tools/test/build-cmocka picks this where the runtime refuses the
 * lowering.
 */
#ifndef WASISHIM_NOEH_SETJMP_H
#define WASISHIM_NOEH_SETJMP_H

typedef int jmp_buf[1];

_Noreturn void wasishim_test_longjmp(int val, const char *message);

/* Only cmocka.c jumps, and there cm_error_message holds what the failed
 * check said, which cmocka would print after the jump. */
#define setjmp(env) ((void)(env), 0)
#define longjmp(env, val)                                                      \
  ((void)(env), wasishim_test_longjmp(val, cm_error_message))

#endif
