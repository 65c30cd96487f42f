# A value is recorded as measured only if the measurement was sound
# (docs/probe-engine.md). Copies of a test SDK, each wrong in one way:
#   - in a folder whose path has a space, a quote, $ and &, with a VERSION
#     file that lies: the same facts as the original, and an identity that
#     says the sources disagree;
#   - a second folder with the same VERSION: a build folder of its own;
#   - a clang that fails for every input, a wasm-ld that crashes, a runtime
#     that dies by SIGABRT: the run stops with one line, and writes nothing.
# And with no runtime at all, run facts are not-run, and config.site says so.
. "$(dirname "$0")/lib.sh"
cd "$top"
unset SDK WASI_SDK_PATH WASI_TARGET WASI_RUNNER MAKEFLAGS MFLAGS MAKELEVEL
orig=$top/build/sdks/yowasp-21.1.4
ref=$top/build/yowasp-21.1.4
[ -f "$ref/report.tsv" ] || make -s probe SDK=yowasp-21.1.4 >/dev/null 2>&1
values() { "$top/build/host/wasishim-report" cut "$1/report.tsv" id value provenance; }
id_of() { WASI_SDK_PATH=$1 tools/sdk/config 2>&1; }
one_line() { # name status output pattern: a failure in one line that matches
  # (besides make's own "*** Error" lines, which say only that a step failed)
  local own
  own=$(printf '%s\n' "$3" | grep -v '^make\(\[[0-9]*\]\)\{0,1\}: \*\*\* ')
  if [ "$2" != 0 ] && [ "$(printf '%s\n' "$own" | wc -l)" = 1 ] && printf '%s' "$own" | grep -q -- "$4"; then
    ok "$1"
  else
    fail "$1" "exit $2, output: $3"
  fi
}

odd="$scratch/my sdks/it's \$x & y/wasi-sdk"
mkdir -p "${odd%/*}"
cp -a "$orig" "$odd"
echo 30.0 >"$odd/VERSION"
id=$(id_of "$odd")
out=$(WASI_SDK_PATH=$odd make -s report 2>&1 >"$scratch/report.md")
expect "a folder with ' \$ & and a space: make report works" 0 $?
expect "the same facts as the original SDK" "" "$(diff <(values "$ref") <(values "build/$id") | head -n3)"
expect "the mismatch is said on stderr, in one line" \
  "wasishim: $id: the identity sources disagree: VERSION says 30.0; its libc measures as that of wasi-sdk 26 or 27" \
  "$out"
expect "the report says it" 1 "$(grep -c '^\*\*The identity sources disagree:\*\* VERSION says 30.0; its libc measures as that of wasi-sdk 26 or 27\.$' "$scratch/report.md")"
expect "report.json says it" 1 \
  "$(grep -c '"identity_mismatch": "VERSION says 30.0; its libc measures as that of wasi-sdk 26 or 27"' "build/$id/report.json")"
expect "the top of config.site says it" \
  "# WARNING: the identity sources disagree: VERSION says 30.0; its libc measures as that of wasi-sdk 26 or 27." \
  "$(sed -n 3p "build/$id/config.site")"

twin=$scratch/twin/wasi-sdk
mkdir -p "${twin%/*}"
cp -a "$orig" "$twin"
echo 30.0 >"$twin/VERSION"
id2=$(id_of "$twin")
expect "two folders with the same VERSION get two build folders" yes \
  "$([ "$id" != "$id2" ] && [ "${id%-*}" = "${id2%-*}" ] && echo yes)"

# A clang that exits 1 for every input: the SDK is refused at once.
broken=$scratch/broken-clang/wasi-sdk
mkdir -p "${broken%/*}"
cp -a "$orig" "$broken"
printf '#!/bin/sh\nexit 1\n' >"$broken/bin/clang"
out=$(WASI_SDK_PATH=$broken make -s probe 2>&1)
one_line "a clang that always fails: one line naming the step and the command" $? "$out" "cannot link a C program.*bin/clang"
expect "and no build folder" "" "$(ls -d build/wasi-sdk-* 2>/dev/null | while read -r d; do [ "$(sed -n 's/^SDK_DIR=//p' "$d/toolchain.sh")" = "$broken" ] && echo "$d"; done)"

# A wasm-ld that crashes once the SDK is configured: the engine's controls
# stop the run.
ld=$scratch/broken-ld/wasi-sdk
mkdir -p "${ld%/*}"
cp -a "$orig" "$ld"
# The copy's clang links with the copy's own wasm-ld (only when it links:
# an unused -fuse-ld would be a warning of its own).
cat >"$ld/bin/clang" <<'SH'
#!/bin/sh
sdk=$(cd "$(dirname "$0")/.." && pwd)
for a; do case $a in -c | -E | -S | -fsyntax-only | -\#\#\#) exec /usr/bin/clang-22 --target=wasm32-wasip1 --sysroot="$sdk/share/wasi-sysroot" "$@" ;; esac; done
exec /usr/bin/clang-22 --target=wasm32-wasip1 --sysroot="$sdk/share/wasi-sysroot" -fuse-ld="$sdk/bin/wasm-ld" "$@"
SH
idl=$(id_of "$ld")
rm -f "$ld/bin/wasm-ld"
printf '#!/bin/sh\nkill -SEGV $$\n' >"$ld/bin/wasm-ld"
chmod +x "$ld/bin/wasm-ld"
out=$(WASI_SDK_PATH=$ld make -s probe 2>&1)
one_line "a wasm-ld that crashes: one line naming the control and the command" $? "$out" "control: linking a trivial program failed: .*bin/clang"
expect "and no outputs" "" "$(ls "build/$idl"/report.* "build/$idl"/config.site 2>/dev/null)"

# A runtime that dies by SIGABRT: an error of the run, not a trap measured.
printf '#!/bin/sh\nkill -ABRT $$\n' >"$scratch/aborts"
chmod +x "$scratch/aborts"
ida=$(SDK=yowasp-21.1.4 WASI_RUNNER=$scratch/aborts tools/sdk/config)
out=$(WASI_RUNNER=$scratch/aborts SDK=yowasp-21.1.4 make -s probe 2>&1)
one_line "a runtime killed by SIGABRT: one line, the runtime failed" $? "$out" "control: a trivial program did not run .*the runtime failed"
expect "and no outputs" "" "$(ls "build/$ida"/report.* "build/$ida"/config.site 2>/dev/null)"

# No runtime at all: compile and link facts are measured, run facts are
# not-run with their fallback, and config.site marks what rests on them.
idn=$(SDK=yowasp-21.1.4 WASI_RUNNER=no-such-runtime tools/sdk/config)
WASI_RUNNER=no-such-runtime SDK=yowasp-21.1.4 make -s probe >"$scratch/norun.log" 2>&1
expect "no runtime: the probes still finish" 0 $?
expect "no runtime: a run fact is not-run with its fallback" \
  "0 not-run could not run: wasi-run: WASI_RUNNER: 'no-such-runtime' not found; fallback 0 from probes/chmod_works.c" \
  "$(grep '^chmod_works	' "build/$idn/report.tsv" | cut -f2-4 | tr '\t' ' ' | sed 's/: a stub.*//; s/\(fallback 0 from probes\/chmod_works.c\).*/\1/')"
expect "no runtime: a link fact is still measured" "1 measured" \
  "$(grep '^chmod_links	' "build/$idn/report.tsv" | cut -f2,3 | tr '\t' ' ')"
expect "no runtime: config.site says the line rests on a fact not measured" 1 \
  "$(grep -c '^# chmod: .*\[NOT MEASURED: probe chmod_works could not run' "build/$idn/config.site")"
expect "no runtime: the report lists it" 1 "$(grep -c '^| config.site `ac_cv_func_chmod=no` | yes | `chmod_works` |' "build/$idn/report.md")"
rm -rf "build/$id" "build/$idl" "build/$ida" "build/$idn"
