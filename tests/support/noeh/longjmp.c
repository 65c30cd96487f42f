/* The longjmp of tests/support/noeh/setjmp.h: cmocka jumps back only to
 * leave a failing test, so the module ends here as failed. Not cmocka's
 * closing lines, so tools/test/run-wasm counts the module as failed. */
#include <stdio.h>
#include <stdlib.h>

#include "setjmp.h"

_Noreturn void wasishim_test_longjmp(int val, const char *message) {
  if (message)
    printf("%s", message);
  printf("wasi-test: a test failed (longjmp %d); without wasm exceptions "
         "cmocka cannot go on to the next test\n",
         val);
  fflush(stdout);
  exit(1);
}
