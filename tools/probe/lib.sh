# Shared by tools/probe/engine and tools/probe/one.sh: the flags every probe is
# built with, and the rule that decides what a failure means
# (docs/probe-engine.md): an answer of the SDK (a diagnostic about the code,
# an undefined symbol, a missing library, the program's own exit, a trap, a
# timeout where a hang is the bug) is a measurement; a failure of the
# toolchain, the runtime or the engine is an error of the run.

BASE_CFLAGS=(-std=gnu11 -Werror=implicit-function-declaration -Werror=incompatible-function-pointer-types
  -Werror=incompatible-pointer-types -Werror=int-conversion -Werror=implicit-int)

# pass_flags BUILD AFTER: PASS_CFLAGS and PASS_LIBS, the flags of the pass
# (empty, or with the shim: its response files, which may name any path).
pass_flags() {
  PASS_CFLAGS=() PASS_LIBS=()
  if [ "$2" = 1 ]; then
    PASS_CFLAGS=("@$1/shim/cflags.rsp")
    PASS_LIBS=("@$1/shim/libs.rsp")
  fi
}

# The time limit of a probe whose bug is a hang: PROBE_HANG_TIMEOUT seconds
# if set, else "hang", the limit the runtime's policy gives
# (tools/run/runtimes.mjs), which tools/run turns into seconds.
hang_limit() { echo "${PROBE_HANG_TIMEOUT:-hang}"; }

# A failure of the compiler or linker itself, not an answer about the code.
TOOLCHAIN_BROKE='PLEASE submit a bug report|unable to execute command|failed due to signal|Stack dump:|crash backtrace|Segmentation fault|Bus error|Illegal instruction|Aborted|Killed|cannot execute|command not found|error: unable to open output file|No space left on device|wasm-ld[^:]*: error: cannot open .*\.o'
# What counts as a diagnostic: the compiler's and the linker's own errors.
DIAGNOSTIC='(^|: )(fatal )?error: |undefined symbol: |unable to find library'

# classify_build LOG STATUS -> "ok", "answer<TAB>first error" or
# "failure<TAB>why"
classify_build() {
  local log=$1 rc=$2 l
  if [ "$rc" = 0 ]; then echo ok; return; fi
  if l=$(grep -m1 -E "$TOOLCHAIN_BROKE" "$log"); then
    printf 'failure\t%s\n' "$(tidy_error <<<"$l")"
  elif [ "$rc" -ge 126 ]; then
    printf 'failure\texit status %s\n' "$rc"
  elif l=$(grep -m1 -E "$DIAGNOSTIC" "$log"); then
    printf 'answer\t%s\n' "$(tidy_error <<<"$l")"
  else
    printf 'failure\texit status %s with no diagnostic: %s\n' "$rc" "$(head -n1 "$log" | cut -c1-160)"
  fi
}

# A diagnostic without its path and flag noise.
tidy_error() {
  sed -e 's|^[^ ]*/||' -e 's/^[^: ]*:[0-9]*:[0-9]*: //' -e 's/^[a-z0-9_]*\(\.c\)\{0,1\}:[0-9]*:[0-9]*: //' \
    -e 's|[^ ]*/[^ /]*\.o: ||' -e 's/^wasm-ld[-0-9]*: error: //' \
    -e 's/; ISO C99 and later do not support implicit function declarations//' \
    -e 's/ \[-W[^]]*\]$//' | cut -c1-240
}

# record DIR ID VALUE PROVENANCE DETAIL: one result file.
record() {
  local d=${5//[$'\t\n']/ }
  printf '%s\t%s\t%s\n' "$3" "$4" "${d:0:240}" >"$1/$2"
}

# run_result RESDIR ID OUTCOME FOLDER: a run probe's result from how its run
# ended (the "exit N"/"trap MSG"/"timeout SECONDS"/... line of tools/run),
# its stdout in FOLDER/out. Returns 1 for a runtime failure, which is not a
# result.
# Needs the build.tsv columns of ID in HANG, HANG_WHY, FALLBACK, FALLBACK_WHY.
run_result() {
  local res=$1 id=$2 oc=$3 folder=$4 out="" what rest
  [ -f "$folder/out" ] && IFS= read -r out <"$folder/out"
  what=${oc%% *}
  rest=${oc#"$what"}
  rest=${rest# }
  case $what in
    exit)
      if [ "$rest" = 0 ]; then record "$res" "$id" 1 measured "$out"
      else record "$res" "$id" 0 measured "exit $rest${out:+: $out}"; fi ;;
    trap) record "$res" "$id" 0 measured "trapped${out:+: $out}" ;;
    timeout)
      if [ -n "$HANG" ]; then
        record "$res" "$id" "$HANG" measured "hung: still running after ${rest}s, the bug this probe looks for: $HANG_WHY"
      else
        record "$res" "$id" "$FALLBACK" not-run "timed out after ${rest}s; fallback $FALLBACK from probes/$id.c: $FALLBACK_WHY"
      fi ;;
    noload) record "$res" "$id" "$FALLBACK" not-run "the runtime cannot run it: $rest; fallback $FALLBACK from probes/$id.c: $FALLBACK_WHY" ;;
    norun) record "$res" "$id" "$FALLBACK" not-run "could not run: $rest; fallback $FALLBACK from probes/$id.c: $FALLBACK_WHY" ;;
    *) return 1 ;;
  esac
}
