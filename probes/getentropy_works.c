/*
 * Detects: getentropy() fills a 32-byte buffer with bytes that are not all
 *   zero and differ between two calls.
 * Kind: run
 * Macro: WASISHIM_GETENTROPY_WORKS
 * Seen: present in all SDKs (no getrandom); backed by WASI random_get.
 * Link: -
 * Fallback: 1, every WASI p1 runtime must provide random_get, and CPython
 *   has no other source of OS randomness on WASI.
 * Bits: 1 = getentropy failed (errno printed), 2 = bytes all zero,
 *   4 = two calls gave the same bytes
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  unsigned char a[32], b[32], zero[32] = {0};
  int r = 0;
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  if (getentropy(a, sizeof a) != 0 || getentropy(b, sizeof b) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (memcmp(a, zero, sizeof a) == 0)
    r |= 2;
  if (memcmp(a, b, sizeof a) == 0)
    r |= 4;
  return r;
}
