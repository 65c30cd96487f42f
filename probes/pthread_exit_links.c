/*
 * Detects: the libraries define pthread_exit (checked without the header,
 *   which does not declare it on p1).
 * Kind: link
 * Macro: WASISHIM_PTHREAD_EXIT_LINKS
 * Seen: p1: only in 25 (with the opt-in pthread emulation), removed again in
 *   26 (defined-symbols diff 25 -> 26, catalogue row 9); threads target: all.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/602
 */
void pthread_exit(void *);

int main(void) {
  void (*volatile f)(void *) = pthread_exit;
  return f == 0;
}
