# tools/report (wasishim-report): builds it warning-free, runs its cmocka
# tests (tests/host/report/test_*.c) under ASan and UBSan, and checks the
# command line on small made-up inputs. Everything is built into
# build/host/report-tests/, shared by all SDKs; nothing is installed.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/cmocka.sh"
out=$(cd "$BUILD/.." && pwd)/host/report-tests
mkdir -p "$out/obj"
srcs=("$top"/tools/report/*.c)

# The warnings-as-errors build make does, with each compiler at hand.
for cc in cc clang; do
  command -v "$cc" >/dev/null || continue
  "$cc" "${HOST_CFLAGS[@]}" -O2 "${srcs[@]}" -o "$out/wasishim-report.$cc" 2>"$out/$cc.log"
  check "wasishim-report builds warning-free with $cc" $? "$(first_error "$out/$cc.log")"
done

# One sanitized object per source, shared by the tool and every test.
built=1
: >"$out/obj.log"
for c in "${srcs[@]}"; do
  o=$out/obj/$(basename "$c" .c).o
  rm -f "$o"
  cc "${HOST_CFLAGS[@]}" "${SAN[@]}" -c "$c" -o "$o" 2>>"$out/obj.log" || built=0
done
lib=()
for c in "${srcs[@]}"; do
  [ "$(basename "$c")" = main.c ] || lib+=("$out/obj/$(basename "$c" .c).o")
done
tool=$out/wasishim-report
rm -f "$tool"
[ $built = 1 ] && cc "${SAN[@]}" "${lib[@]}" "$out/obj/main.o" -o "$tool" 2>>"$out/obj.log"
check "wasishim-report builds with sanitizers" $? "$(first_error "$out/obj.log")"

# --- the cmocka tests, one line per test program ---
if ! have_cmocka "cmocka tests"; then
  :
elif ! cc "${HOST_CFLAGS[@]}" "${SAN[@]}" -I"$top/tools/report" \
  $(pkg-config --cflags cmocka) -c "$top/tests/host/report/helpers.c" \
  -o "$out/obj/helpers.o" 2>"$out/helpers.log"; then
  bad "cmocka tests" "tests/host/report/helpers.c does not build: $(first_error "$out/helpers.log")"
else
  for t in "$top"/tests/host/report/test_*.c; do
    cmocka_test "report/$(basename "$t" .c)" "$out/$(basename "$t" .c)" \
      -I"$top/tools/report" -I"$top/tests/host/report" "$t" "${lib[@]}" "$out/obj/helpers.o"
  done
fi

# --- the command line: exit status, one error line, outputs ---
t=$'\t'
mk() { mkdir -p "$(dirname "$1")" && printf '%s' "$2" >"$1"; }
b=$scratch/build/x s=$scratch/src
mk "$b/probes/catalogue.tsv" "a_links${t}link${t}WASISHIM_A_LINKS${t}probes/functions.tsv:1${t}a links.
b_works${t}run${t}WASISHIM_B_WORKS${t}probes/b_works.c${t}b works.${t}${t}${t}0${t}safe${t}
"
mk "$b/probes/res/a_links" "1${t}measured${t}
"
mk "$b/probes/res/b_works" "0${t}not-run${t}no runtime; fallback 0
"
mk "$b/probes/identity" "sdk_id${t}x
version${t}
wasi_sdk_major${t}30
"
mk "$s/probes/fingerprint.tsv" "a_links${t}22${t}${t}stubs
"
mk "$s/modules/x" "Module: x
Site: !b_works | ac_cv_func_b=no | - | b fails
"
cp -r "$b" "$scratch/build/y"
mk "$scratch/build/y/probes/identity" "sdk_id${t}y
"
mk "$scratch/build/y/probes/res/a_links" "0${t}measured${t}
"

if [ -x "$tool" ]; then
  err=$("$tool" write "$b" "$s" 2>&1) &&
    "$tool" write "$scratch/build/y" "$s" 2>&1 &&
    [ -f "$b/include/wasishim/config.h" ] && [ -f "$b/config.site" ] &&
    [ -f "$b/report.json" ] && [ -f "$b/report.tsv" ] && [ -f "$b/report.md" ]
  check "write puts the five outputs in place, silently" $? "${err:-an output is missing}"

  expect "the identity heads report.tsv" \
    "# identity${t}wasi-sdk 30 (from <wasi/version.h>); its facts: wasi-libc of wasi-sdk 22 or later (fingerprint: a_links=1)" \
    "$(grep '^# identity'"$t" "$b/report.tsv")"

  expect "compare exits 0 and counts the differing facts" "0 1 facts differ." \
    "$("$tool" compare "$b" "$scratch/build/y" 2>&1 >"$scratch/cmp"; echo $?) $(tail -n1 "$scratch/cmp")"

  expect "matrix has a row per fact" "| \`b_works\` | 0* | 0* |" \
    "$("$tool" matrix "$b" "$scratch/build/y" | grep b_works)"

  rm "$b/probes/res/b_works"
  err=$("$tool" write "$b" "$s" 2>&1)
  expect "a missing result is one error line naming the fact" \
    "1 wasishim-report: $b/probes/res/b_works: no result for fact b_works (the probe was not run)" \
    "$? $err"
fi
