/*
 * Detects: <poll.h> declares ppoll with no feature-test macro defined
 *   (musl's default, _BSD_SOURCE), as the newest wasi-libc does.
 * Kind: compile
 * Macro: WASISHIM_PPOLL_DECLARED_DEFAULT
 * Seen: only under _GNU_SOURCE in the libcs of 2022 and SDK 25; also under
 *   musl's default _BSD_SOURCE from SDK 26 (musl 1.2.5); a symbol only
 *   from SDK 34 (probe ppoll_links).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/835
 */
#include <poll.h>

__typeof__(int (*)(struct pollfd *, nfds_t, const struct timespec *,
                   const sigset_t *)) probe = ppoll;
