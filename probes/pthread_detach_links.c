/*
 * Detects: the libraries define pthread_detach (autoconf style: our own
 *   prototype, no header).
 * Kind: link
 * Macro: WASISHIM_PTHREAD_DETACH_LINKS
 * Seen: p1: stub since 25 (in libwasi-emulated-pthread), in libc.a from 26
 *   (PR 602), so linking proves nothing about threads.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/602
 */
typedef unsigned long probe_pthread_t;
int pthread_detach(probe_pthread_t);

int main(void) {
  int (*volatile f)(probe_pthread_t) = pthread_detach;
  return f == 0;
}
