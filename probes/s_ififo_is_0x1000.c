/*
 * Detects: S_IFIFO is 0x1000 (the usual value) and differs from S_IFSOCK.
 * Kind: compile
 * Macro: WASISHIM_S_IFIFO_IS_0X1000
 * Seen: 0xc000, the same as S_IFSOCK, up to SDK 21; 0x1000 from 22
 *   (PR 463, catalogue row 20).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/463
 */
#include <sys/stat.h>

_Static_assert(S_IFIFO == 0x1000, "S_IFIFO is not 0x1000");
_Static_assert(S_IFIFO != S_IFSOCK, "S_IFIFO equals S_IFSOCK");
int probe;
