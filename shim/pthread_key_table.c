/* Thread-specific data for a program with one thread: the table behind
 * pthread_key_create, pthread_key_delete, pthread_getspecific,
 * pthread_setspecific and the destructors pthread_exit runs. It replaces
 * libc's, which on the libc of SDK 25-27 keeps the values behind a thread
 * pointer that crt1 never set up (issue 617), so that pthread_key_delete
 * never returns. Pure C, no pthread types: also built and tested on the
 * host. */
#include <errno.h>
#include <stddef.h>

#include "internal.h"

/* internal.h declares it: pthread_getspecific and pthread_setspecific read
 * it inline. */
struct wasishim__key_slot wasishim__key_table[WASISHIM__KEYS_MAX];

int wasishim__key_create(unsigned *key, void (*dtor)(void *)) {
  for (unsigned i = 0; i < WASISHIM__KEYS_MAX; i++) {
    if (!wasishim__key_table[i].live) {
      wasishim__key_table[i].live = 1;
      wasishim__key_table[i].dtor = dtor;
      wasishim__key_table[i].value = NULL;
      *key = i;
      return 0;
    }
  }
  return EAGAIN;
}

int wasishim__key_delete(unsigned key) {
  if (key >= WASISHIM__KEYS_MAX || !wasishim__key_table[key].live)
    return EINVAL;
  /* POSIX: deleting runs no destructor; a later key reusing the slot must
   * start from NULL. */
  wasishim__key_table[key].live = 0;
  wasishim__key_table[key].dtor = NULL;
  wasishim__key_table[key].value = NULL;
  return 0;
}

void *wasishim__key_get(unsigned key) {
  return wasishim__key_get_inline(key);
}

int wasishim__key_set(unsigned key, const void *value) {
  return wasishim__key_set_inline(key, value);
}

void wasishim__key_run_destructors(void) {
  for (int round = 0; round < WASISHIM__DESTRUCTOR_ITERATIONS; round++) {
    int called = 0;
    for (unsigned i = 0; i < WASISHIM__KEYS_MAX; i++) {
      void *value = wasishim__key_table[i].value;
      /* Read dtor before the call: a destructor may delete its key. */
      void (*dtor)(void *) = wasishim__key_table[i].dtor;
      if (!wasishim__key_table[i].live || !dtor || !value)
        continue;
      wasishim__key_table[i].value = NULL;
      dtor(value);
      called = 1;
    }
    if (!called)
      return;
  }
}
