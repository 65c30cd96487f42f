/*
 * Detects: pthread_getattr_np on the main thread gives a stack (address and
 *   size > 0) that contains a local variable of main.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_GETATTR_NP_MAIN_BOUNDS
 * Seen: p1 lacks pthread_getattr_np up to SDK 25; 26-27 define it but the
 *   main thread's descriptor is never set up (issue 617); real bounds from
 *   28 (PR 618). CPython derives its C stack limit from these bounds.
 * Link: https://github.com/WebAssembly/wasi-libc/issues/617
 *   https://github.com/WebAssembly/wasi-libc/pull/618
 *   https://github.com/bytecodealliance/componentize-py/pull/200
 * Fallback: 0, wrong bounds make CPython's recursion guard trip at random or
 *   never; without this fact it uses its fixed default.
 * Bits: 1 = pthread_getattr_np failed, 2 = pthread_attr_getstack failed
 *   (musl: no stack recorded for the thread), 4 = stack size is 0,
 *   8 = the local variable is outside [address, address + size)
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
  pthread_attr_t attr;
  void *addr = NULL;
  size_t size = 0;
  volatile char local = 0;
  uintptr_t lo, p = (uintptr_t)&local;
  int bits = 0;

  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return 1;
  if (pthread_attr_getstack(&attr, &addr, &size) != 0)
    bits |= 2;
  pthread_attr_destroy(&attr);
  printf("addr=%p size=%zu local=%p\n", addr, size, (void *)p);
  /* A null address is no failure: with wasm-ld's --stack-first (CPython's
       layout, and LLVM 22's default) the stack really starts at 0. */
  lo = (uintptr_t)addr;
  if (size == 0)
    bits |= 4;
  if (p < lo || p - lo >= size)
    bits |= 8;
  return bits;
}
