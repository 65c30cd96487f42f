#include "pthread_internal.h"

int pthread_key_create(pthread_key_t *key, void (*dtor)(void *)) {
  unsigned k;
  int r = wasishim__key_create(&k, dtor);
  if (r == 0)
    *key = k;
  return r;
}
