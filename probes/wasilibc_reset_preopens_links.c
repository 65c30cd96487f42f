/*
 * Detects: libc defines __wasilibc_reset_preopens, wasi-libc's own
 *   extension that empties the preopen table (for snapshotting tools).
 * Kind: link
 * Macro: WASISHIM_WASILIBC_RESET_PREOPENS_LINKS
 * Seen: absent in the 2022 libc (debian-2022); defined in every later test
 *   SDK (25, 26/27, about 29/30, 33), from wasi-libc PR 489 (April 2024).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/489
 */
/* The prototype is ours: most libcs that define it do not declare it. */
void __wasilibc_reset_preopens(void);

int main(void) {
  void (*volatile f)(void) = __wasilibc_reset_preopens;
  return f == 0;
}
