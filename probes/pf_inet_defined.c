/*
 * Detects: <sys/socket.h> defines PF_INET and PF_INET6 equal to the AF_*
 *   values.
 * Kind: compile
 * Macro: WASISHIM_PF_INET_DEFINED
 * Seen: PF_* macros added in SDK 21 (PR 426, catalogue row 43).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/426
 */
#include <sys/socket.h>

#if !defined(PF_INET) || !defined(PF_INET6)
#error no PF_INET
#endif
_Static_assert(PF_INET == AF_INET && PF_INET6 == AF_INET6, "PF != AF");
int probe;
