# tools/cpython/suite and the whole-suite part of tools/cpython/table, with
# no CPython build: OUT/run-python stands in for python.sh and prints what
# CPython 3.13.5's regrtest printed under wasmtime on yowasp-21.1.4
# (tests/host/cpython-suite/MODULE.out, recorded and cut short; MODULE.rc its
# exit status; MODULE.sleep the seconds it then goes on running, as a hang
# does). The harness's own parts are real: its timeouts, signals, files.
. "$(dirname "$0")/lib.sh"
fx=$top/tests/host/cpython-suite
suite=$top/tools/cpython/suite
# A path with a space and a quote, as any path may hold.
out="$scratch/a b'c/cpython3.13"
mkdir -p "$out"
printf 'ok\t1\tpython.wasm 1 KiB\n' >"$out/build.result"
{
  echo '#!/usr/bin/env bash'
  printf 'fx=%q calls=%q\n' "$fx" "$scratch/calls"
  cat <<'EOF'
if [ "$3" = --list-tests ]; then ls "$fx" | sed -n 's/\.out$//p'; exit 0; fi
m=${*: -1}
echo "$m" >>"$calls"
cat "$fx/$m.out"
if [ -f "$fx/$m.sleep" ]; then
  sleep "$(cat "$fx/$m.sleep")" &
  echo $! >"${calls%/*}/sleep.$m"
  wait
fi
exit "$(cat "$fx/$m.rc")"
EOF
} >"$out/run-python"
chmod +x "$out/run-python"
echo 'test_time 1' >"$scratch/limits"
s=$out/suite
field() { head -n1 "$s/$1.result" | cut -f"$2"; } # module fields
calls() { sort "$scratch/calls" 2>/dev/null | tr '\n' ' '; }

# Interrupted after test_unary's result, while test_int runs: exit 130,
# test_int and test_sys get no result, nothing half-written is left.
"$suite" --jobs 1 --modules "test_unary test_int test_sys" "$out" >"$scratch/run1.log" 2>&1 &
pid=$!
for _ in $(seq 100); do [ -f "$s/test_unary.result" ] && [ -s "$scratch/sleep.test_int" ] && break; sleep 0.1; done
kill -TERM $pid
wait $pid
expect "an interrupted run exits 130" 130 $?
expect "the module that finished keeps its result" ok "$(field test_unary 1)"
expect "the modules running or waiting get none" "" "$(ls "$s" | grep -E '^test_(int|sys)\.' | tr '\n' ' ')"
expect "nothing half-written is left" "" "$(ls "$s" | grep '\.tmp$')"
# gone MODULE: the stand-in's process for MODULE has ended (a zombie
# waiting for init counts as ended), or never started.
gone() {
  local pid
  pid=$(cat "$scratch/sleep.$1" 2>/dev/null) || return 0
  for _ in $(seq 30); do
    case $(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) in '' | Z) return 0 ;; esac
    sleep 0.1
  done
  return 1
}
if gone test_int; then ok "the module running when interrupted is ended"
else fail "the module running when interrupted is ended" "its process still runs"; fi

# The rerun goes on where it stopped: test_unary is not run again.
: >"$scratch/calls"
"$suite" --limits "$scratch/limits" "$out" >"$scratch/run2.log" 2>&1
expect "the rerun finishes" 0 $?
expect "the rerun runs only the modules without results" \
  "test_int test_nonexistent test_sys test_threading test_time test_trapped " "$(calls)"

expect "a module that passes: status and counts" "ok 6 0 0 0" "$(field test_unary 1-5 | tr '\t' ' ')"
expect "a module that fails: status and counts" "failed 51 1 0 28" "$(field test_sys 1-5 | tr '\t' ' ')"
expect "a module that fails: the failing test's id" \
  "FAIL	test_thread_info (test.test_sys.SysModuleTest.test_thread_info)" "$(sed -n 2,9p "$s/test_sys.result")"
expect "a module that fails: its tests' outcomes" "FAIL ok skipped " \
  "$(grep -E 'test_(thread_info|exc_info_no_exception|sys_tracebacklimit) ' "$s/test_sys.tests" | cut -f1 | sort | tr '\n' ' ')"
expect "a module skipped whole: status and reason" "skipped 0 0 0 0 requires threading support" \
  "$(field test_threading 1-5,8 | tr '\t' ' ')"
expect "a module that cannot be imported: one error" "failed 0 0 1 0" "$(field test_nonexistent 1-5 | tr '\t' ' ')"
expect "a module that cannot be imported: named with its exception" \
  "ERROR	test_nonexistent (uncaught exception: ModuleNotFoundError: No module named 'test.test_nonexistent')" \
  "$(sed -n 2,9p "$s/test_nonexistent.result")"
expect "a module that traps: crash, with the tests before" "crash 3 0 0 0" "$(field test_trapped 1-5 | tr '\t' ' ')"
expect "a module that traps: the trap and the test that ran" \
  "exit status 134 before regrtest's summary: wasm trap: wasm \`unreachable\` instruction executed; last test started: test_negative (test.test_unary.UnaryOpTestCase.test_negative)" \
  "$(field test_trapped 8)"
expect "a module over its limit: timeout" timeout "$(field test_time 1)"
expect "a timeout counts the tests reported before" "4 0 0 3" "$(field test_time 2-5 | tr '\t' ' ')"
expect "a timeout names the test that was running" \
  "still running after 1s; last test started: test_sleep (test.test_time.TimeTestCase.test_sleep)" "$(field test_time 8)"
secs=$(field test_time 6)
if [ "$secs" -le 8 ]; then ok "a timeout ends the module at its limit"; else fail "a timeout ends the module at its limit" "it ran ${secs}s"; fi
if gone test_time; then ok "no process of the timed-out module is left"
else fail "no process of the timed-out module is left" "its process still runs"; fi
expect "suite.tsv: a row per listed module" "7" "$(grep -vc '^#' "$s/suite.tsv")"
expect "suite.result: complete" complete "$(cut -f1 "$s/suite.result")"
if grep -q '^cpython-suite: wall time: ' "$scratch/run2.log"; then ok "the wall time is printed"; else fail "the wall time is printed" "$(tail -n1 "$scratch/run2.log")"; fi

# Done is done; --again reruns the statuses named.
: >"$scratch/calls"
"$suite" --limits "$scratch/limits" "$out" >/dev/null 2>&1
expect "a complete suite runs nothing again" "" "$(calls)"
"$suite" --limits "$scratch/limits" --again timeout "$out" >/dev/null 2>&1
expect "--again timeout reruns the module that timed out alone" "test_time " "$(calls)"

# The whole-suite section of docs/cpython.md, and wasishim against a
# baseline whose test_sys passes, whose test_unary crashed and whose
# test_time finished.
root=$scratch/root
mkdir -p "$root/yowasp-21.1.4"
cp -r "$out" "$root/yowasp-21.1.4/cpython3.13"
b=$root/yowasp-21.1.4/cpython3.13/baseline/suite
mkdir -p "$b"
cp "$s"/* "$b/"
printf 'ok\t52\t0\t0\t28\t1\t300\t\n' >"$b/test_sys.result"
sed -i 's/^FAIL\t/ok\t/' "$b/test_sys.tests"
printf 'ok\t40\t0\t0\t7\t5\t300\t\n' >"$b/test_time.result"
printf 'crash\t0\t0\t0\t0\t1\t300\texit status 134 before regrtest'"'"'s summary: wasm trap\n' >"$b/test_unary.result"
cp "$top/docs/cpython.md" "$scratch/cpython.md"
"$top/tools/cpython/table" "$scratch/cpython.md" "$root" "$fx/failures.tsv" >"$scratch/table.log" 2>&1
expect "the table fails on a lost module with no class" 1 $?
doc=$(sed -n "/^### CPython's whole test suite/,/^<!-- cpython-table: end/p" "$scratch/cpython.md")
has() { # name line: DOC holds LINE as it is
  if grep -qxF -- "$2" <<<"$doc"; then ok "$1"; else fail "$1" "no line '$2'"; fi
}
has "the suite's row, with the module that timed out named" \
  "| yowasp-21.1.4 | wasishim's | 7 | 109 / 1 / 1 / 32 | 2 | test_time | test_trapped | $(awk -F'\t' '{ s += $1 } END { printf "%d min %02d s", s / 60, s % 60 }' "$s/wall") (3 sessions) |"
has "the baseline's row, with the module that crashed named" \
  "| yowasp-21.1.4 | CPython's own | 7 | 140 / 0 / 1 / 36 | 1 | 0 | test_trapped, test_unary | $(awk -F'\t' '{ s += $1 } END { printf "%d min %02d s", s / 60, s % 60 }' "$b/wall") (3 sessions) |"
has "a failing test with wasishim has its class" \
  "| \`test_thread_info (test.test_sys.SysModuleTest.test_thread_info)\` | all | cpython | $(grep -F 'test_thread_info (' "$fx/failures.tsv" | cut -f4) |"
has "a module lost with wasishim is listed, unclassified" "| \`test_time (timeout)\` | all | **unclassified** |  |"
has "better with wasishim: a count" "yowasp-21.1.4: passes with wasishim, fails (or crashes, or hangs) on the baseline: 1:"
has "better with wasishim: the module the baseline lost" \
  "- test_unary, the whole module: crash on the baseline (exit status 134 before regrtest's summary: wasm trap); ok with wasishim, 6 passed"
has "better on the baseline: a count" "yowasp-21.1.4: passes on the baseline, fails (or crashes, or hangs) with wasishim: 2:"
has "better on the baseline: the test that fails with wasishim, with its class" \
  "- \`test_thread_info (test.test_sys.SysModuleTest.test_thread_info)\` (class cpython, tests/host/cpython-suite/failures.tsv:$(grep -n -F 'test_thread_info (' "$fx/failures.tsv" | cut -d: -f1))"
has "better on the baseline: the module wasishim lost" \
  "- test_time, the whole module: timeout with wasishim ($(field test_time 8)); ok on the baseline, 40 passed (**unclassified**)"

# Bad input and a build without python.wasm.
"$suite" --modules test_nope "$out" >/dev/null 2>"$scratch/err"
expect "a module not in the list: exit 2" 2 $?
expect "a module not in the list: one line" 1 "$(wc -l <"$scratch/err")"
"$suite" --jobs 0 "$out" >/dev/null 2>&1
expect "--jobs 0: exit 2" 2 $?
# Another python.wasm: the results of the old one go.
printf 'ok\t2\tpython.wasm 2 KiB\n' >"$out/build.result"
: >"$scratch/calls"
"$suite" --limits "$scratch/limits" --modules test_unary "$out" >/dev/null 2>&1
expect "a new build's results start afresh" "ok, none" "$(field test_unary 1), $(ls "$s" | grep -q '^test_sys\.' && echo some || echo none)"
printf 'fail\t2\tmake failed\n' >"$out/build.result"
"$suite" "$out" >/dev/null 2>&1
expect "no python.wasm: exit 1" 1 $?
"$suite" --record "$out" >/dev/null 2>&1
expect "no python.wasm, --record: exit 0" 0 $?
expect "no python.wasm: suite.result says so" not-built "$(cut -f1 "$s/suite.result")"

# A python.wasm that hangs at exit (issue 617): not run, a result; the
# table says why the baseline has no suite and no comparison.
printf 'ok\t3\tpython.wasm 3 KiB\n' >"$out/build.result"
printf 'timeout\t60\thang at exit: the script had finished, the process still ran after 60s\n' >"$out/exit.result"
: >"$scratch/calls"
"$suite" "$out" >/dev/null 2>&1
expect "hangs at exit: exit 1" 1 $?
"$suite" --record "$out" >/dev/null 2>&1
expect "hangs at exit, --record: exit 0" 0 $?
expect "hangs at exit: no module runs" "" "$(calls)"
expect "hangs at exit: suite.result says so" hangs-at-exit "$(cut -f1 "$s/suite.result")"
rm -rf "$root/yowasp-21.1.4/cpython3.13/baseline/suite"
cp -r "$s" "$root/yowasp-21.1.4/cpython3.13/baseline/suite"
"$top/tools/cpython/table" "$scratch/cpython.md" "$root" "$fx/failures.tsv" >"$scratch/table.log" 2>&1
doc=$(sed -n "/^### CPython's whole test suite/,/^<!-- cpython-table: end/p" "$scratch/cpython.md")
has "hangs at exit: the baseline's row says so" \
  "| yowasp-21.1.4 | CPython's own | none: **python.wasm hangs at exit**, every module would time out | — | — | — | — | — |"
if grep -q "^yowasp-21.1.4: no comparison of the two suites: the baseline's suite cannot run: python.wasm hangs at exit" <<<"$doc"; then
  ok "hangs at exit: no comparison, and why"
else fail "hangs at exit: no comparison, and why" "no such line"; fi
# An exit.result older than build.result is an earlier build's.
touch -d '1 hour ago' "$out/exit.result"
"$suite" --limits "$scratch/limits" --modules test_unary "$out" >/dev/null 2>&1
expect "an earlier build's hang at exit: the suite runs" "ok" "$(field test_unary 1)"

# CPython 3.11 under its harness: regrtest exits 1 after its summary, as it
# cannot change back to "/" (tests/host/cpython-suite-3.11/README); its
# list of modules ends the same way.
fx311=$top/tests/host/cpython-suite-3.11
out311="$scratch/py 3.11/cpython3.11"
mkdir -p "$out311"
printf 'ok\t1\tpython.wasm 1 KiB\n' >"$out311/build.result"
{
  echo '#!/usr/bin/env bash'
  printf 'fx=%q\n' "$fx311"
  cat <<'EOF2'
if [ "$3" = --list-tests ]; then cat "$fx/list.out"; exit 1; fi
cat "$fx/${*: -1}.out"
exit "$(cat "$fx/${*: -1}.rc")"
EOF2
} >"$out311/run-python"
chmod +x "$out311/run-python"
"$suite" "$out311" >"$scratch/run311.log" 2>&1
expect "3.11: a list that ends in regrtest's way back to '/' is taken" "0 test_bool test_exit1 test_grammar " \
  "$? $(tr '\n' ' ' <"$out311/suite/modules.txt")"
expect "3.11: a module that passes, then cannot go back to '/': ok" "ok 29 0 0 0" \
  "$(head -n1 "$out311/suite/test_bool.result" | cut -f1-5 | tr '\t' ' ')"
expect "3.11: the same, the traceback's last line split by stdout's: ok" "ok 78 0 0 0" \
  "$(head -n1 "$out311/suite/test_grammar.result" | cut -f1-5 | tr '\t' ' ')"
expect "3.11: another exit status 1 after the summary is a crash" "crash" \
  "$(head -n1 "$out311/suite/test_exit1.result" | cut -f1)"
