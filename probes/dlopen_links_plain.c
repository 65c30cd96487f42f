/*
 * Detects: dlopen links without -ldl (autoconf's AC_CHECK_FUNCS(dlopen):
 *   our own prototype, no header, no extra library).
 * Kind: link
 * Macro: WASISHIM_DLOPEN_LINKS_PLAIN
 * Seen: 0 where measured: the stubs live only in libdl (SDK 21+, PR 443).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/443
 */
void *dlopen(const char *, int);

int main(void) {
  void *(*volatile f)(const char *, int) = dlopen;
  return f == 0;
}
