# docs/shim-design.md's worked example, followed as written: in a copy of
# the checkout, every fenced block whose info string names a file is
# written there (created, or inserted above the line that insert-above=
# names), then the page's build-and-test commands run for this SDK. The
# new module must pass the manifest checks, be decided, build and test.
. "$(dirname "$0")/lib.sh"
unset SDK WASI_SDK_PATH WASI_TARGET MAKEFLAGS MFLAGS MAKELEVEL
co=$scratch/wasishim
mkdir -p "$co/build"
(cd "$top" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$co")
for d in sdks runtimes downloads src apt; do
  [ -e "$top/build/$d" ] && ln -s "$top/build/$d" "$co/build/$d"
done
# The SDK this run tests, by name if it is a test SDK, else by folder.
case $SDK_DIR in
  "$top/build/sdks/$SDK_ID") sel=(SDK="$SDK_ID") ;;
  *) sel=(WASI_SDK_PATH="$SDK_DIR") ;;
esac

doc=$top/docs/shim-design.md
if ! python3 - "$doc" "$co" >"$scratch/apply.log" 2>&1 <<'PY'; then
import os, re, sys
doc, co = sys.argv[1], sys.argv[2]
text = open(doc).read()
text = text[text.index("## Worked example"):]
blocks = re.findall(r"^```(\w+) (\S+)(?: insert-above=\"([^\"]*)\")?\n(.*?)^```$", text, re.S | re.M)
if len(blocks) < 6:
    sys.exit("only %d file blocks in the worked example" % len(blocks))
for _, path, above, body in blocks:
    dest = os.path.join(co, path)
    if above:
        lines = open(dest).read().split("\n")
        at = max(i for i, l in enumerate(lines) if l.startswith(above))
        lines[at:at] = body.rstrip("\n").split("\n") + [""]
        open(dest, "w").write("\n".join(lines))
    else:
        if os.path.exists(dest):
            sys.exit("the example would overwrite " + path)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        open(dest, "w").write(body)
    print(path)
PY
  fail "the worked example's blocks apply" "$(tail -n1 "$scratch/apply.log")"
  exit 0
fi
ok "the worked example's blocks apply ($(wc -l <"$scratch/apply.log") files)"
cd "$co" || exit 1
outcome() { if [ "$1" = 0 ]; then echo 0; else echo "$1: $(grep -v '^make' "$2" | tail -n1)"; fi; }
id=$(env "${sel[@]}" tools/sdk/config 2>&1)
expect "the copy configures the SDK" 0 $?

env "${sel[@]}" make -s probe shim >"$scratch/build.log" 2>&1
rc=$?
expect "make probe shim with the new module" 0 "$(outcome $rc "$scratch/build.log")"
fact=$(build/host/wasishim-report cut "build/$id/report.tsv" id value provenance |
  awk -F'\t' '$1 == "getpagesize_is_wasm_page" { print $2, $3 }')
expect "the new probe is measured" measured "${fact#* }"
# Replaced exactly where the fact is 0 (the 2022 libc does not declare it).
expect "the new decision is in shim.h" "#define WASISHIM_REPLACE_GETPAGESIZE $((1 - ${fact%% *}))" \
  "$(grep -h 'WASISHIM_REPLACE_GETPAGESIZE' "build/$id/include/wasishim/shim.h")"
"${WASI_CC[@]}" -std=c11 -O2 -Wall -Wextra -Werror -Wundef -I"build/$id/include" \
  -c shim/getpagesize.c -o "$scratch/getpagesize.o" 2>"$scratch/shimcc.log"
expect "the new replacement builds warning-free" "0 " "$? $(head -n1 "$scratch/shimcc.log")"
env "${sel[@]}" make -s test >"$scratch/test.log" 2>&1
rc=$?
expect "make test passes with the new test" 0 "$(outcome $rc "$scratch/test.log")"
expect "and the new test ran" yes "$(grep -q 'getpagesize' "$scratch/test.log" && echo yes)"
out=$(BUILD=$co/build/$id bash tests/host/test_modules.sh 2>&1)
expect "the manifest checks pass with the new module" "" "$(grep '^FAIL' <<<"$out" | head -n2)"
