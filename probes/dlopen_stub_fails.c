/*
 * Detects: dlopen of a library fails cleanly: it returns NULL and dlerror()
 *   then gives a message (the static-linking stub; 0 would mean dlopen
 *   either works or misbehaves).
 * Kind: run
 * Macro: WASISHIM_DLOPEN_STUB_FAILS
 * Seen: libdl stubs since SDK 21 (PR 443), in static (non -shared) builds.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/443
 *   https://github.com/python/cpython/issues/113516
 * Libs: -ldl
 * Fallback: 1, static WASI modules cannot load code at run time, so treating
 *   dlopen as failing is the safe assumption.
 * Bits: 1 = dlopen returned a handle, 2 = dlerror() returned NULL
 */
#include <dlfcn.h>
#include <stdio.h>

int main(void) {
  void *h = dlopen("libwasishim_probe.so", RTLD_NOW);
  const char *e = dlerror();
  int bits = 0;

  if (h != NULL) {
    dlclose(h);
    bits |= 1;
  }
  if (e == NULL)
    bits |= 2;
  else
    printf("dlerror=%s\n", e);
  return bits;
}
