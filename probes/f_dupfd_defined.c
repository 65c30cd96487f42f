/*
 * Detects: <fcntl.h> defines F_DUPFD and F_DUPFD_CLOEXEC.
 * Kind: compile
 * Macro: WASISHIM_F_DUPFD_DEFINED
 * Seen: SDK 34 (PR 835/841, catalogue row 32).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/841
 */
#include <fcntl.h>

#if !defined(F_DUPFD) || !defined(F_DUPFD_CLOEXEC)
#error no F_DUPFD
#endif
int probe;
