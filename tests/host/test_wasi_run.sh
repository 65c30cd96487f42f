# tools/wasi-run: the contract every test and probe relies on.
. "$(dirname "$0")/lib.sh"
run="$top/tools/wasi-run"

wasm status <<<'int main(void) { return 7; }'
(cd "$scratch" && "$run" status.wasm)
expect "exit status is passed on" 7 $?

wasm args <<<'#include <stdio.h>
int main(int c, char **v) { printf("%d %s %s\n", c, v[0], v[c - 1]); return 0; }'
expect "argv[0] and arguments are passed" "3 args.wasm two" "$(cd "$scratch" && "$run" args.wasm one two)"

wasm env <<<'#include <stdio.h>
#include <stdlib.h>
int main(void) { const char *v = getenv("WASISHIM_T"); puts(v ? v : "unset"); return 0; }'
expect "environment is passed" "here" "$(cd "$scratch" && WASISHIM_T=here "$run" env.wasm)"

wasm cwd <<<'#include <stdio.h>
int main(void) { FILE *f = fopen("made-by-wasm.txt", "w"); return f && fputs("x", f) >= 0 && fclose(f) == 0 ? 0 : 1; }'
(cd "$scratch" && "$run" cwd.wasm)
expect "current folder is preopened" "0 x" "$? $(cat "$scratch/made-by-wasm.txt" 2>/dev/null)"

mkdir -p "$scratch/mapped"
(cd "$scratch" && "$run" --dir "$scratch/mapped::." cwd.wasm)
expect "--dir maps a host folder" "0 x" "$? $(cat "$scratch/mapped/made-by-wasm.txt" 2>/dev/null)"

wasm trap <<<'int main(void) { __builtin_trap(); }'
(cd "$scratch" && "$run" trap.wasm 2>/dev/null)
expect "a trap gives status 134" 134 $?

wasm loop <<<'int main(void) { for (volatile int i = 0;; i++) {} }'
err=$(cd "$scratch" && WASI_RUN_TIMEOUT=1 "$run" loop.wasm 2>&1)
expect "a timeout gives status 124" 124 $?
expect "a timeout says so in one line" "wasi-run: loop.wasm: timed out after 1s" "$err"

err=$(cd "$scratch" && WASI_RUNNER=no-such-runtime "$run" status.wasm 2>&1)
expect "a missing runtime is named" "127 wasi-run: WASI_RUNNER: 'no-such-runtime' not found" "$? $err"

(cd "$scratch" && WASI_RUNNER="node --no-warnings $top/tools/wasi-run.mjs" "$run" status.wasm)
expect "WASI_RUNNER replaces the runtime" 7 $?
