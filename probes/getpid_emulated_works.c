/*
 * Detects: with the getpid emulation, getpid() returns a positive number
 *   (a fixed placeholder, not a real process id).
 * Kind: run
 * Macro: WASISHIM_GETPID_EMULATED_WORKS
 * Seen: all SDKs; the placeholder is 42 (catalogue row 15).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/getpid/getpid.c
 * Flags: -D_WASI_EMULATED_GETPID
 * Libs: -lwasi-emulated-getpid
 * Fallback: 1, CPython's configure already links this emulation on WASI.
 */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  pid_t p = getpid();

  printf("pid=%ld\n", (long)p);
  return p > 0 ? 0 : 1;
}
