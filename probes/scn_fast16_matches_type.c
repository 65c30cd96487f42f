/*
 * Detects: <inttypes.h>'s SCNdFAST16 and SCNuFAST16 fit int_fast16_t and
 *   uint_fast16_t, so scanf with them writes as many bytes as the variable
 *   has (clang's format check, made an error).
 * Kind: compile
 * Macro: WASISHIM_SCN_FAST16_MATCHES_TYPE
 * Seen: 1 on the five test SDKs: wasi-libc's own inttypes.h takes clang's
 *   __INT_FAST16_FMTd__ ("hd", clang's int_fast16_t is short), which fits
 *   its 16-bit type. From wasi-libc PR 797 (musl 1.2.6, SDK 34) the type is
 *   32 bits; if the formats still come from clang they no longer fit (0):
 *   not measured here, no SDK 34 libc at hand. docs/quirks/abi-types.md.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/797
 * Flags: -Werror=format
 */
#include <inttypes.h>
#include <stdio.h>

int probe(const char *s) {
  int_fast16_t d;
  uint_fast16_t u;

  return sscanf(s, "%" SCNdFAST16 " %" SCNuFAST16, &d, &u);
}
