#include "pthread_internal.h"

/* In parentheses: a <pthread.h> may also define a pthread_equal() macro. */
int(pthread_equal)(pthread_t a, pthread_t b) {
  return a == b;
}
