/*
 * Detects: the libraries define pthread_condattr_setclock (autoconf style:
 *   our own prototype, no header). CPython uses it to time condition waits
 *   on CLOCK_MONOTONIC.
 * Kind: link
 * Macro: WASISHIM_PTHREAD_CONDATTR_SETCLOCK_LINKS
 * Seen: absent on p1 up to SDK 24; defined from 25 (defined-symbols diff
 *   24 -> 25, catalogue row 8).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/518
 */
int pthread_condattr_setclock(void *, const void *);

int main(void) {
  int (*volatile f)(void *, const void *) = pthread_condattr_setclock;
  return f == 0;
}
