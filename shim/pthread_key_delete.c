#include "pthread_internal.h"

int pthread_key_delete(pthread_key_t key) {
  return wasishim__key_delete(key);
}
