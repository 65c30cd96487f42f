/*
 * Detects: dlopen links with -ldl (autoconf's AC_CHECK_LIB(dl, dlopen):
 *   our own prototype, no header).
 * Kind: link
 * Macro: WASISHIM_DLOPEN_LINKS_LDL
 * Seen: libdl with stub dlopen/dlsym since SDK 21 (PR 443); the Debian 2022
 *   snapshot ships an empty libdl.a. Linking proves nothing: see
 *   dlopen_stub_fails.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/443
 *   https://github.com/python/cpython/issues/113516
 * Libs: -ldl
 */
void *dlopen(const char *, int);

int main(void) {
  void *(*volatile f)(const char *, int) = dlopen;
  return f == 0;
}
