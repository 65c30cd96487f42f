# tools/shim/new-module scaffolds a module from its name: in a copy of the
# checkout, the files it writes are the ones a module named so is found by,
# the manifest and the probe read, and what is left to write cannot pass
# unnoticed. It never overwrites, and bad names are one error line.
. "$(dirname "$0")/lib.sh"
co=$scratch/wasishim
mkdir -p "$co"
(cd "$top" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$co")
"$top/tools/report/build" -Werror || { fail "the report tool builds" "see above"; exit 0; }
tool=$top/build/host/wasishim-report

out=$("$co/tools/shim/new-module" demo-thing demo_fn 2>&1)
expect "new-module writes the five files" "0 5" "$? $(grep -c '^new-module: wrote' <<<"$out")"
for f in modules/demo-thing probes/demo_fn_works.c shim/demo_fn.c tests/wasm/test_demo_thing.c docs/quirks/demo-thing.md; do
  [ -f "$co/$f" ] || missing="${missing:-}$f "
done
expect "each where the module's name says" "" "${missing:-}"
expect "the manifest reads, with its decision" "replace	demo_fn	!demo_fn_works" \
  "$("$tool" modules "$co" decisions module kind name condition 2>&1 | awk -F'\t' '$1 == "demo-thing" { print $2 "\t" $3 "\t" $4 }')"
"$tool" catalogue "$co" "$scratch/cat" 2>"$scratch/cat.log"
expect "the probe is in the catalogue" "0 1" "$? $(grep -c '^demo_fn_works	run	' "$scratch/cat/catalogue.tsv")"
expect "the test fails until it is written" 1 "$(grep -c 'fail_msg("TODO' "$co/tests/wasm/test_demo_thing.c")"
expect "the shim file does not build until it is written" 1 "$(grep -c '^#error' "$co/shim/demo_fn.c")"

err=$("$co/tools/shim/new-module" demo-thing demo_fn 2>&1)
expect "a second run overwrites nothing" "1 new-module: modules/demo-thing exists already" "$? $err"
err=$("$co/tools/shim/new-module" Demo demo_fn 2>&1)
expect "a bad module name is one error line" "1 new-module: a module is named [a-z0-9][a-z0-9-]*, not 'Demo'" "$? $err"
