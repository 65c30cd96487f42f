#include "pthread_internal.h"

static void *body(pthread_key_t key) {
  return wasishim__key_get_inline(key);
}

#if WASISHIM_PROVIDE_PTHREAD_GETSPECIFIC
void *pthread_getspecific(pthread_key_t key) {
  return body(key);
}
#endif
#if WASISHIM_REPLACE_PTHREAD_GETSPECIFIC
void *wasishim_pthread_getspecific(pthread_key_t key) {
  return body(key);
}
#endif
