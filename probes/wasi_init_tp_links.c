/*
 * Detects: libc defines __wasi_init_tp for the single-thread target, i.e. the
 *   start files set up the thread pointer (the fix for issue 617).
 * Kind: link
 * Macro: WASISHIM_WASI_INIT_TP_LINKS
 * Seen: only on the threads target up to SDK 27; defined on p1 in 28-33
 *   (PR 618); absent again from p1 in 34-rc2 (catalogue row 1).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/618
 */
/* No header declares it: it is libc-internal, so the prototype is ours. */
void __wasi_init_tp(void);

int main(void) {
  void (*volatile f)(void) = __wasi_init_tp;
  return f == 0;
}
