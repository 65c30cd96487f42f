#include "pthread_internal.h"

static int body(pthread_key_t key) {
  return wasishim__key_delete(key);
}

#if WASISHIM_PROVIDE_PTHREAD_KEY_DELETE
int pthread_key_delete(pthread_key_t key) {
  return body(key);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_KEY_DELETE
int wasishim_pthread_key_delete(pthread_key_t key) {
  return body(key);
}
#endif
