# tools/run/wasi-run: the contract every test and probe relies on, under
# wasmtime, Node and wazero (wasmtime and wazero installed by make
# runtimes); and wasmtime's command line, through a stand-in.
. "$(dirname "$0")/lib.sh"
unset WASI_RUNNER
wazero=$top/build/runtimes/wazero/bin/wazero
wasmtime=$top/build/runtimes/wasmtime/bin/wasmtime

wasm status <<<'int main(void) { return 7; }'
wasm args <<<'#include <stdio.h>
int main(int c, char **v) { printf("%d %s %s\n", c, v[0], v[c - 1]); return 0; }'
wasm env <<<'#include <stdio.h>
#include <stdlib.h>
int main(void) { const char *v = getenv("WASISHIM_T"), *w = getenv("WASISHIM_U");
printf("%s %s\n", v ? v : "unset", w ? w : "unset"); return 0; }'
wasm cwd <<<'#include <stdio.h>
int main(void) { FILE *f = fopen("made-by-wasm.txt", "w"); return f && fputs("x", f) >= 0 && fclose(f) == 0 ? 0 : 1; }'
wasm trap <<<'int main(void) { __builtin_trap(); }'
wasm loop <<<'int main(void) { for (volatile int i = 0;; i++) {} }'
wasm deep <<<'#include <stdio.h>
#include <stdlib.h>
static int down(int n) { volatile char pad[64]; pad[0] = (char)n; return n ? down(n - 1) + pad[0] : 0; }
int main(int c, char **v) { printf("%d\n", down(atoi(v[c - 1]))); return 0; }'
# 32 MiB of linear-memory stack: past wasi-run's default native stack and
# well inside the one --stack-size gives.
"${WASI_CC[@]}" -O0 -Wl,-z,stack-size=33554432 "$scratch/deep.c" -o "$scratch/deep.wasm"
echo 'not a module' >"$scratch/bad.wasm"
# A reactor that exports its own _start, as a host sees a library module:
# started at _start alone, its constructors (which _initialize runs) have
# not run (volatile: the optimizer would run a simple constructor at
# compile time).
cat >"$scratch/reactor.c" <<'C'
#include <stdlib.h>
static volatile int constructed;
__attribute__((constructor)) static void note(void) { constructed = 1; }
void reactor_start(void) __attribute__((export_name("_start")));
void reactor_start(void) { _Exit(constructed ? 1 : 5); }
C
"${WASI_CC[@]}" -O1 -mexec-model=reactor -o "$scratch/reactor.wasm" "$scratch/reactor.c"
# A runtime that dies by SIGABRT before it reports: the status a trap has,
# but not a trap.
printf '#!/bin/sh\nkill -ABRT $$\n' >"$scratch/aborts"
chmod +x "$scratch/aborts"

for rt in wasmtime node wazero; do
  case $rt in
    wasmtime | wazero)
      [ -x "${!rt}" ] || { fail "$rt is installed (make runtimes)" "no ${!rt}"; continue; }
      export WASI_RUNNER=${!rt} ;;
    node) export WASI_RUNNER=node ;;
  esac
  (cd "$scratch" && "$run" status.wasm)
  expect "$rt: exit status is passed on" 7 $?
  expect "$rt: arguments are passed" "3 args.wasm two" "$(cd "$scratch" && "$run" args.wasm one two)"
  expect "$rt: --argv0 sets argv[0]" "2 python.wasm x" "$(cd "$scratch" && "$run" --argv0 python.wasm args.wasm x)"
  expect "$rt: the environment is passed, --env adds to it" "here there" \
    "$(cd "$scratch" && WASISHIM_T=here "$run" --env WASISHIM_U=there env.wasm)"
  rm -f "$scratch/made-by-wasm.txt"
  (cd "$scratch" && "$run" cwd.wasm)
  expect "$rt: the current folder is preopened" "0 x" "$? $(cat "$scratch/made-by-wasm.txt" 2>/dev/null)"
  mkdir -p "$scratch/mapped"
  rm -f "$scratch/mapped/made-by-wasm.txt"
  (cd "$scratch" && "$run" --dir "$scratch/mapped::." cwd.wasm)
  expect "$rt: --dir maps a host folder" "0 x" "$? $(cat "$scratch/mapped/made-by-wasm.txt" 2>/dev/null)"
  err=$(cd "$scratch" && "$run" trap.wasm 2>&1 >/dev/null)
  expect "$rt: a trap gives status 134 and says trap" "134 trap" "$? $(grep -o 'trap' <<<"$err" | head -n1)"
  err=$(cd "$scratch" && WASI_RUN_TIMEOUT=1 "$run" loop.wasm 2>&1)
  expect "$rt: a timeout gives status 124, in one line" "124 wasi-run: loop.wasm: timed out after 1s" "$? $err"
  (cd "$scratch" && "$run" bad.wasm 2>/dev/null)
  expect "$rt: a module the runtime cannot load gives 126" 126 $?
  oc=$scratch/outcome
  (cd "$scratch" && WASI_RUN_OUTCOME=$oc "$run" trap.wasm 2>/dev/null)
  expect "$rt: WASI_RUN_OUTCOME says what happened" trap "$(cut -d' ' -f1 "$oc")"
  (cd "$scratch" && "$run" reactor.wasm 2>/dev/null)
  rc=$?
  if [ $rt = wasmtime ]; then
    expect "$rt: a reactor that exports _start cannot be started there alone (126)" 126 $rc
  else
    expect "$rt: a reactor that exports _start is started there, without _initialize" 5 $rc
  fi
done
unset WASI_RUNNER

# Deep recursion: past V8's default stack with --stack-size (and wasmtime's
# own spelling of it).
for rt in node wasmtime; do
  [ $rt = node ] && export WASI_RUNNER=node || export WASI_RUNNER=$wasmtime
  expect "$rt: the recursion is past wasi-run's default stack (a trap)" 134 \
    "$(cd "$scratch" && "$run" deep.wasm 200000 >/dev/null 2>&1; echo $?)"
  expect "$rt: --stack-size makes room for deep recursion" 0 \
    "$(cd "$scratch" && "$run" --stack-size 33554432 deep.wasm 200000 >/dev/null 2>&1; echo $?)"
  expect "$rt: -W max-wasm-stack= is the same option" 0 \
    "$(cd "$scratch" && "$run" -W max-wasm-stack=33554432 deep.wasm 200000 >/dev/null 2>&1; echo $?)"
  printf 'max-wasm-stack = 33_554_432\n' >"$scratch/stack.toml"
  expect "$rt: --config FILE.toml's max-wasm-stack is the same option" 0 \
    "$(cd "$scratch" && "$run" --config "$scratch/stack.toml" deep.wasm 200000 >/dev/null 2>&1; echo $?)"
done
unset WASI_RUNNER

err=$(cd "$scratch" && WASI_RUNNER="$scratch/aborts" "$run" status.wasm 2>&1)
expect "a runtime killed by a signal is a runtime failure (125), not a trap" \
  "125 wasi-run: status.wasm: the runtime failed: aborts: killed by signal 6 (SIGABRT)" "$? $err"
err=$(cd "$scratch" && WASI_RUNNER=no-such-runtime "$run" status.wasm 2>&1)
expect "a missing runtime is named" "127 wasi-run: WASI_RUNNER: 'no-such-runtime' not found" "$? $err"
err=$(cd "$scratch" && "$run" --bogus status.wasm 2>&1)
expect "an unknown option is bad usage" "2 wasi-run: unknown option '--bogus'" "$? $(head -n1 <<<"$err")"

# wasmtime by name: a stand-in that writes down its command line shows what
# wasmtime would be given.
mkdir -p "$scratch/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"%s"\n' "$scratch/wasmtime.args" >"$scratch/bin/wasmtime"
chmod +x "$scratch/bin/wasmtime"
(cd "$scratch" && WASI_RUNNER="$scratch/bin/wasmtime" "$run" --dir "$scratch::/" --env WASISHIM_X=1 \
  --argv0 /p.wasm --stack-size 1024 status.wasm a b)
expect "wasmtime: the stand-in ran" 0 $?
args=$(grep -v -e '^--env$' -e '^[A-Za-z_][A-Za-z0-9_]*=' "$scratch/wasmtime.args" | tr '\n' ' ')
expect "wasmtime is given run, --dir HOST::GUEST, --argv0, -W max-wasm-stack, then the program" \
  "run --dir $scratch::/ --argv0 /p.wasm -W max-wasm-stack=1024 status.wasm a b " "$args"
expect "wasmtime is given --env NAME=VALUE" yes "$(grep -qx WASISHIM_X=1 "$scratch/wasmtime.args" && echo yes)"
# wasmtime would call _initialize before _start: such a module is one it
# cannot run (126), and it is not started.
rm -f "$scratch/wasmtime.args"
err=$(cd "$scratch" && WASI_RUNNER="$scratch/bin/wasmtime" "$run" reactor.wasm 2>&1)
expect "wasmtime: a reactor that exports _start cannot be run (126), and wasmtime is not started" \
  "126 no" "$? $([ -e "$scratch/wasmtime.args" ] && echo yes || echo no)"

# Any other command gets the folders in wasmtime's syntax, then the program.
printf '#!/bin/sh\nwhile [ "$1" = --dir ]; do shift 2; done\nWASI_RUNNER=node exec "%s" "$@"\n' "$run" >"$scratch/other"
chmod +x "$scratch/other"
(cd "$scratch" && WASI_RUNNER="$scratch/other" "$run" status.wasm)
expect "another command stands in for the runtime" 7 $?

# tools/run/batch --hang under wasmtime: each module's first job (its
# control) runs first, and a hang probe's limit is derived from that
# control's time, within the runtime's bounds (runtimes.mjs: at most 2 s);
# a probe that returns is not taken for a hang.
cat >"$scratch/hm.c" <<'C'
#include <string.h>
int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "spin") == 0)
    for (volatile int i = 0;; i++) {}
  return 0;
}
C
"${WASI_CC[@]}" -O1 -o "$scratch/hm.wasm" "$scratch/hm.c"
mkdir -p "$scratch/hb"
printf '%s\t%s\t%s\t%s\t%s\n' ctl "$scratch/hm.wasm" "$scratch/hb/ctl" 10 ok \
  spin "$scratch/hm.wasm" "$scratch/hb/spin" hang spin \
  back "$scratch/hm.wasm" "$scratch/hb/back" hang ok >"$scratch/hb/jobs"
WASI_RUNNER=wasmtime "$top/tools/run/batch" "$scratch/hb/jobs" "$scratch/hb/results" --hang
got=$(cut -f1,2 "$scratch/hb/results" | tr '\t\n' ' ')
expect "batch --hang: the control and the probe that returns exit 0, the spin times out" yes \
  "$(awk '/^ctl exit 0 back exit 0 spin timeout [0-9.]+ $/ || /^ctl exit 0 spin timeout [0-9.]+ back exit 0 $/ { print "yes" }' <<<"$got")"
limit=$(sed -n 's/^spin\ttimeout \([0-9.]*\)\t.*/\1/p' "$scratch/hb/results")
expect "batch --hang: the limit is derived from the control's time, 0.5 to 2 s" yes \
  "$(awk -v l="$limit" 'BEGIN { if (l >= 0.5 && l <= 2) print "yes" }')"
