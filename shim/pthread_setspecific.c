#include "pthread_internal.h"

int pthread_setspecific(pthread_key_t key, const void *value) {
  return wasishim__key_set(key, value);
}
