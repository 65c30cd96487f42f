/*
 * Detects: <setjmp.h> compiles without -mllvm -wasm-enable-sjlj (that is,
 *   without Wasm exception handling enabled).
 * Kind: compile
 * Macro: WASISHIM_SETJMP_H_PLAIN
 * Seen: 0 where measured (the libcs of SDK 26/27 and 29/30): the header is
 *   an #error unless __wasm_exception_handling__ is defined; no header at
 *   all before 22 (catalogue row 23).
 * Link: https://github.com/WebAssembly/wasi-sdk/blob/main/SetjmpLongjmp.md
 */
#include <setjmp.h>

jmp_buf probe_env;
