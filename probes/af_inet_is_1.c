/*
 * Detects: AF_INET is 1 (Linux uses 2) and AF_INET6 is 2.
 * Kind: compile
 * Macro: WASISHIM_AF_INET_IS_1
 * Seen: all SDKs (catalogue row 43).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/426
 */
#include <sys/socket.h>

_Static_assert(AF_INET == 1, "AF_INET is not 1");
_Static_assert(AF_INET6 == 2, "AF_INET6 is not 2");
int probe;
