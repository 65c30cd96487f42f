# Shared by tests/host/test_*.sh: one behaviour per check, silent detail on
# success ("ok NAME"), file:line on failure.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
scratch=$(mktemp -d)
# KEEP_SCRATCH=1 keeps the scratch folder for a look after a failure.
if [ -n "${KEEP_SCRATCH:-}" ]; then echo "scratch: $scratch" >&2; else trap 'rm -rf "$scratch"' EXIT; fi
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
# WASI_CC, SDK_ID, WASI_RUNNER and the rest, as every tool reads them.
. "$BUILD/toolchain.sh"
run=$top/tools/run/wasi-run

ok() { echo "ok $1"; }
# The line named is the test's own: frames in lib.sh and cmocka.sh are
# passed over.
fail() {
  local i=1
  while case ${BASH_SOURCE[$i]##*/} in lib.sh | cmocka.sh) true ;; *) false ;; esac do
    i=$((i + 1))
  done
  echo "FAIL $1: ${BASH_SOURCE[$i]##*/}:${BASH_LINENO[$((i - 1))]}: $2"
}
expect() { # name expected actual
  if [ "$2" = "$3" ]; then ok "$1"; else fail "$1" "expected '$2', got '$3'"; fi
}
# wasm NAME <<< C source: builds $scratch/NAME.wasm
wasm() {
  cat >"$scratch/$1.c"
  "${WASI_CC[@]}" -O1 -o "$scratch/$1.wasm" "$scratch/$1.c"
}
# sdk_shim SDK LABEL [RUNTIME]: configures SDK under RUNTIME (default: the
# runtime of record) and builds its shim, for a test that needs one
# particular test SDK; sets b (its build folder) and cc_sdk (its compiler).
# On failure, fails LABEL and returns 1.
sdk_shim() {
  local id
  id=$(SDK=$1 WASI_RUNNER=${3:-wasmtime} "$top/tools/sdk/config") ||
    { fail "$2: $1 is configured" "tools/sdk/config failed"; return 1; }
  b=$top/build/$id
  cc_sdk=("$top/tools/sdk/cc" "$b")
  make -C "$top" --no-print-directory -f mk/sdk.mk BUILD="build/$id" shim >"$scratch/shim.log" 2>&1 ||
    { fail "$2: libwasishim for $id builds" "$(tail -n1 "$scratch/shim.log")"; return 1; }
}
# run_3s PROGRAM: runs $scratch/PROGRAM on sdk_shim's SDK for at most 3 s
# (124 when it is still running: the hang of issue 617).
run_3s() { (cd "$scratch" && WASI_RUN_TIMEOUT=3 "$top/tools/sdk/run" "$b" "$1" >/dev/null 2>&1); }
