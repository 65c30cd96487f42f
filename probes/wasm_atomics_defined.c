/*
 * Detects: the target is a threads target: the compiler predefines
 *   __wasm_atomics__ or _REENTRANT (both only with wasm32-wasip1-threads /
 *   wasm32-wasi-threads or -pthread).
 * Kind: compile
 * Macro: WASISHIM_WASM_ATOMICS_DEFINED
 * Seen: 0 on p1 with every SDK; 1 on the threads target (22-33 under both
 *   names, only wasm32-wasip1-threads in 34).
 * Link: https://github.com/WebAssembly/wasi-sdk/pull/637
 */
#if !defined(__wasm_atomics__) && !defined(_REENTRANT)
#error single-thread target
#endif
int probe;
