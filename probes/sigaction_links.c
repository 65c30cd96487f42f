/*
 * Detects: the libraries (libc plus the signal emulation) define sigaction
 *   (autoconf style: our own prototype, no header).
 * Kind: link
 * Macro: WASISHIM_SIGACTION_LINKS
 * Seen: absent in every SDK (20-34); the emulation has only signal and raise
 *   (catalogue row 14).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/183
 * Libs: -lwasi-emulated-signal
 */
int sigaction(int, const void *, void *);

int main(void) {
  int (*volatile f)(int, const void *, void *) = sigaction;
  return f == 0;
}
