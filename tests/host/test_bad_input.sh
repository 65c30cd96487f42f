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

out=$(SDK=no-such-sdk make probe 2>&1)
expect_one_line "an unknown test SDK" $? "$out" "SDK=no-such-sdk is not a test SDK"
out=$(SDK=yowasp-21.1.4 WASI_SDK_PATH=/x make probe 2>&1)
expect_one_line "SDK and WASI_SDK_PATH together" $? "$out" "choose one"
out=$(make compare A=yowasp-21.1.4 2>&1)
expect_one_line "compare without B" $? "$out" "usage: make compare"
out=$(make install SDK=yowasp-21.1.4 2>&1)
expect_one_line "install without PREFIX" $? "$out" "set PREFIX"
out=$(tools/test/forced "$scratch/no build" 2>&1)
expect_one_line "forced replacements of no build" $? "$out" "no such build folder"
out=$(tools/test/forced "$scratch" no-such-module 2>&1)
expect_one_line "forced replacements of an unknown module" $? "$out" "no module no-such-module"
# No python3 on PATH: one line, and no link.
mkdir -p "$scratch/nopython"
out=$(PATH="$scratch/nopython" tools/probe/interpreter "$scratch/nopython/link/python3" 2>&1)
expect_one_line "the engine's interpreter without python3" $? "$out" "python3 not found"
expect "and no link" "" "$(ls -A "$scratch/nopython/link" 2>/dev/null)"

# An interrupted run leaves the last whole results as they were, and no
# half-written output. (A background job of a script ignores SIGINT, so it
# gets SIGTERM.)
copy=$scratch/interrupted/sdk
mkdir -p "${copy%/*}"
# The engine's scratch goes where the test can see it (else /dev/shm).
export PROBE_WORK_DIR=$scratch/work
mkdir -p "$PROBE_WORK_DIR"
cp -a "$top/build/sdks/yowasp-21.1.4" "$copy"
id=$(WASI_SDK_PATH=$copy tools/sdk/config)
WASI_SDK_PATH=$copy setsid make -s probe >/dev/null 2>&1 &
sleep 2
kill -TERM -- -$! 2>/dev/null
wait $! 2>/dev/null
expect "an interrupted first run writes no output" "" "$(ls "build/$id"/report.* "build/$id"/config.site 2>/dev/null)"
expect "and leaves no results behind" "" "$(ls -d "build/$id"/probes/res* 2>/dev/null)"
WASI_SDK_PATH=$copy make -s probe >/dev/null 2>&1
expect "the next run writes whole outputs" yes "$([ -s "build/$id/report.tsv" ] && echo yes)"
before=$(cat "build/$id/report.tsv")
touch probes/chmod_works.c
WASI_SDK_PATH=$copy setsid make -s probe >/dev/null 2>&1 &
sleep 2
kill -TERM -- -$! 2>/dev/null
wait $! 2>/dev/null
expect "an interrupted later run leaves the earlier outputs whole" "$before" "$(cat "build/$id/report.tsv")"
expect "and no work folder" "" "$(ls -A "$PROBE_WORK_DIR"; ls -d "build/$id"/probes/.wasishim-probe.* 2>/dev/null)"
unset PROBE_WORK_DIR
rm -rf "build/$id"
