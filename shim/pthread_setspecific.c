#include "pthread_internal.h"

static int body(pthread_key_t key, const void *value) {
  return wasishim__key_set_inline(key, value);
}

#if WASISHIM_PROVIDE_PTHREAD_SETSPECIFIC
int pthread_setspecific(pthread_key_t key, const void *value) {
  return body(key, value);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_SETSPECIFIC
int wasishim_pthread_setspecific(pthread_key_t key, const void *value) {
  return body(key, value);
}
#endif
