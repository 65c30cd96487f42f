/*
 * Detects: errno values follow WASI's own numbering (EAGAIN 6, EINVAL 28,
 *   ENOSYS 52, ENOTSUP 58), not Linux's.
 * Kind: compile
 * Macro: WASISHIM_ERRNO_WASI_NUMBERING
 * Seen: all SDKs (catalogue row 41).
 * Link: https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md
 */
#include <errno.h>

_Static_assert(EAGAIN == 6, "EAGAIN");
_Static_assert(EINVAL == 28, "EINVAL");
_Static_assert(ENOSYS == 52, "ENOSYS");
_Static_assert(ENOTSUP == 58, "ENOTSUP");
int probe;
