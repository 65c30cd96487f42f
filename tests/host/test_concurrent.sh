# Two SDKs, and one SDK twice, probed at the same time in one checkout, with
# the host tool still to be built: every run finishes, with whole and
# correct results, and the tool is built once.
. "$(dirname "$0")/lib.sh"
cd "$top"
unset SDK WASI_SDK_PATH WASI_TARGET WASI_RUNNER MAKEFLAGS MFLAGS MAKELEVEL
values() { "$top/build/host/wasishim-report" cut "build/$1/report.tsv" id value provenance; }
for s in yowasp-21.1.4 debian-33; do
  make -s probe SDK=$s >/dev/null 2>&1
  values $s >"$scratch/$s.before"
done
rm -f build/host/wasishim-report
# The engines' scratch goes where the test can see it (else /dev/shm).
export PROBE_WORK_DIR=$scratch/work
mkdir -p "$PROBE_WORK_DIR"
SDK=yowasp-21.1.4 make -s probe >"$scratch/a.log" 2>&1 &
a=$!
SDK=yowasp-21.1.4 make -s probe >"$scratch/b.log" 2>&1 &
b=$!
SDK=debian-33 make -s probe >"$scratch/c.log" 2>&1 &
c=$!
wait $a; ra=$?
wait $b; rb=$?
wait $c; rc=$?
expect "three probe runs at once all finish" "0 0 0" "$ra $rb $rc"
expect "the same SDK twice: the results are whole and the same as before" "" \
  "$(values yowasp-21.1.4 | diff "$scratch/yowasp-21.1.4.before" - | head -n3)"
expect "the other SDK: the same as before" "" "$(values debian-33 | diff "$scratch/debian-33.before" - | head -n3)"
expect "no work folder is left behind" "" "$(ls -A "$PROBE_WORK_DIR"; ls -d build/*/probes/.wasishim-probe.* 2>/dev/null)"
unset PROBE_WORK_DIR
expect "the host tool was built" yes "$([ -x build/host/wasishim-report ] && echo yes)"
