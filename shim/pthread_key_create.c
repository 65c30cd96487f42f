#include "pthread_internal.h"

static int body(pthread_key_t *key, void (*dtor)(void *)) {
  unsigned k;
  int r = wasishim__key_create(&k, dtor);
  if (r == 0)
    *key = k;
  return r;
}

#if WASISHIM_PROVIDE_PTHREAD_KEY_CREATE
int pthread_key_create(pthread_key_t *key, void (*dtor)(void *)) {
  return body(key, dtor);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_KEY_CREATE
int wasishim_pthread_key_create(pthread_key_t *key, void (*dtor)(void *)) {
  return body(key, dtor);
}
#endif
