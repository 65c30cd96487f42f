# Bad input: one clear line, a non-zero exit, nothing half-written.
. "$(dirname "$0")/lib.sh"
cd "$top"

# A make run from here must not inherit the selection or the make state of
# the make check that runs this test.
unset SDK WASI_SDK_PATH WASI_TARGET MAKEFLAGS MFLAGS MAKELEVEL

# expect_one_line NAME STATUS OUTPUT PATTERN
expect_one_line() {
  if [ "$2" != 0 ] && [ "$(printf '%s\n' "$3" | wc -l)" = 1 ] && printf '%s' "$3" | grep -q -- "$4"; then
    ok "$1"
  else
    fail "$1" "exit $2, output: $3"
  fi
}

out=$(WASI_SDK_PATH=/does/not/exist make check 2>&1)
expect_one_line "missing SDK path" $? "$out" "/does/not/exist: no such directory"

mkdir -p "$scratch/noclang/share/wasi-sysroot"
out=$(WASI_SDK_PATH="$scratch/noclang" make check 2>&1)
expect_one_line "SDK without clang" $? "$out" "no bin/clang"

mkdir -p "$scratch/noheaders/bin" "$scratch/noheaders/share/wasi-sysroot/include"
ln -s "$(command -v clang-22 || command -v clang)" "$scratch/noheaders/bin/clang"
out=$(WASI_SDK_PATH="$scratch/noheaders" make check 2>&1)
expect_one_line "sysroot without headers" $? "$out" "has no C headers"
expect "bad SDKs write nothing" "" "$(ls -d build/noclang build/noheaders 2>/dev/null)"

# A probe build folder of our own, from the SDK under test.
pb=$scratch/pb
mkdir -p "$pb"
cp "$BUILD/toolchain.mk" "$pb/"
tools/probe-catalogue . "$pb/probes"
export WASI_CC
WASI_CC=$(sed -n 's/^WASI_CC := //p' "$pb/toolchain.mk")

WASI_RUNNER=no-such-runtime tools/probe-one "$pb" getentropy_works
res=$(cat "$pb/probes/res/getentropy_works")
fb=$(cut -f8 "$pb/probes/spec/getentropy_works")
case $res in
  "$fb	not-run	could not run: wasi-run: WASI_RUNNER: 'no-such-runtime' not found; fallback $fb from probes/getentropy_works.c"*)
    ok "no runtime: a run probe is not-run with its fallback" ;;
  *) fail "no runtime: a run probe is not-run with its fallback" "$res" ;;
esac

# A probe that never ends is stopped, recorded, and the next one still runs.
printf 'int main(void) { for (volatile int i = 0;; i++) {} }\n' >"$scratch/hangs.c"
printf 'hangs\trun\t%s\t\t\t\t\t0\tbecause the test says so\n' "$scratch/hangs.c" >"$pb/probes/spec/hangs"
PROBE_TIMEOUT=1 tools/probe-one "$pb" hangs
expect "a hanging probe is not-run after its timeout" \
  "0	not-run	timed out after 1s; fallback 0 from probes/hangs.c: because the test says so" \
  "$(cat "$pb/probes/res/hangs")"
tools/probe-one "$pb" getentropy_works
expect "the next probe runs" "1 measured" "$(cut -f1,2 "$pb/probes/res/getentropy_works" | tr '\t' ' ')"

# An interrupted run leaves whole results only, and no outputs. (A
# background job of a script ignores SIGINT, so it gets SIGTERM.)
rm -rf "$pb/probes/res"
setsid make -s -j2 -f mk/sdk.mk BUILD="$pb" probe >/dev/null 2>&1 &
sleep 3
kill -TERM -- -$! 2>/dev/null
wait $! 2>/dev/null
bad=$(awk -F'\t' 'NF != 3 || ($1 != 0 && $1 != 1) { print FILENAME; nextfile }' "$pb"/probes/res/* 2>/dev/null)
expect "an interrupted run leaves only whole results" "" "$bad"
expect "an interrupted run writes no report" "" "$(ls "$pb"/report.* "$pb"/config.site 2>/dev/null)"
