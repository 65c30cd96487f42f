/*
 * Detects: the O_* open flags can be used in #if (they expand to plain
 *   integer expressions, without casts to WASI typedefs).
 * Kind: compile
 * Macro: WASISHIM_O_FLAGS_IN_PREPROCESSOR
 * Seen: up to SDK 29 O_CREAT and friends expand to casts to
 *   __wasi_oflags_t, which #if cannot evaluate; literal from 30 (catalogue
 *   row 42); the libc of 29/30 measured here already has them.
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/headers/public/__header_fcntl.h
 */
#include <fcntl.h>

#if O_CREAT == 0 || O_EXCL == 0 || O_TRUNC == 0 || O_DIRECTORY == 0 ||         \
    O_NONBLOCK == 0 || O_APPEND == 0
#error an O_ flag is 0
#endif
int probe;
