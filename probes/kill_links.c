/*
 * Detects: the libraries (libc plus the signal emulation) define kill
 *   (autoconf style: our own prototype, no header).
 * Kind: link
 * Macro: WASISHIM_KILL_LINKS
 * Seen: absent in every SDK (20-34), WASI has no processes to signal
 *   (catalogue rows 14 and 38).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/183
 * Libs: -lwasi-emulated-signal
 */
int kill(int, int);

int main(void) {
  int (*volatile f)(int, int) = kill;
  return f == 0;
}
