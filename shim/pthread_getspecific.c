#include "pthread_internal.h"

void *pthread_getspecific(pthread_key_t key) {
  return wasishim__key_get(key);
}
