# The module manifests (modules/*) tie every part together, and nothing is
# left outside one: every fact a manifest's conditions name exists; every
# shim/*.c belongs to exactly one module; every module has a test and a
# quirk page that exist, found from its name; every hand-written probe
# feeds a module or is listed as report-only with its reason
# (probes/report-only.tsv). The manifests are read by the report tool
# alone; this test asks it for their tables by column name.
. "$(dirname "$0")/lib.sh"
"$top/tools/report/build" -Werror || { fail "the report tool builds" "see above"; exit 0; }
tool=$top/build/host/wasishim-report
table() { "$tool" modules "$top" "$@"; }
if ! table decisions module >/dev/null 2>"$scratch/modules.log"; then
  fail "the manifests read" "$(head -n1 "$scratch/modules.log")"
  exit 0
fi
ok "the manifests read"
mods=$(cd "$top/modules" && ls)

# Every fact a condition names has a result in BUILD, i.e. is in the
# catalogue.
missing=$(table reads fact | sort -u | comm -23 - <(ls "$BUILD/probes/res" | sort) | head -n3 | tr '\n' ' ')
expect "every fact a manifest names exists" "" "$missing"

# Every shim/*.c in exactly one module; every file a module names exists.
owners=$(table files path module role | awk -F'\t' '$3 == "source" || $3 == "shared" { print $1 "\t" $2 }' | sort -u)
twice=$(cut -f1 <<<"$owners" | uniq -d | head -n3 | tr '\n' ' ')
expect "no shim file belongs to two modules" "" "$twice"
orphans=$(cd "$top" && ls shim/*.c | sort | comm -23 - <(cut -f1 <<<"$owners" | sort -u) | head -n3 | tr '\n' ' ')
expect "every shim/*.c belongs to a module" "" "$orphans"
absent=$(table files path | sort -u | while read -r f; do [ -e "$top/$f" ] || echo "$f"; done)
expect "every file a manifest names exists" "" "$(grep . <<<"$absent" | head -n3 | tr "\n" " ")"
for role in test doc; do
  without=$(comm -23 <(echo "$mods") <(table files module role | awk -F'\t' -v r=$role '$2 == r { print $1 }' | sort -u) | tr '\n' ' ')
  expect "every module has a $role" "" "$without"
done

# A module is found by its name: its quirk page is docs/quirks/<name>.md,
# and a module with a wasm test has tests/wasm/test_<name>.c (- as _).
unnamed=$(for x in $mods; do
  table files module role path | awk -F'\t' -v m="$x" -v d="docs/quirks/$x.md" \
    '$1 == m && $2 == "doc" { n++; if ($3 != d) bad = 1 } END { if (n != 1 || bad) print m }'
done | tr '\n' ' ')
expect "every module's quirk page is docs/quirks/<module>.md" "" "$unnamed"
unnamed=$(for x in $mods; do
  table files module role path | awk -F'\t' -v m="$x" -v t="tests/wasm/test_${x//-/_}.c" \
    '$1 == m && $2 == "test" && $3 ~ /^tests\/wasm\// { n++; if ($3 == t) found = 1 } END { if (n && !found) print m }'
done | tr '\n' ' ')
expect "every module with a wasm test has tests/wasm/test_<module>.c" "" "$unnamed"

# Every hand-written probe feeds a module or is report-only, not both.
reads=$(table reads fact | sort -u)
only=$("$tool" cut "$top/probes/report-only.tsv" probe | sort -u)
hand=$(cd "$top/probes" && ls *.c | sed 's/\.c$//' | sort)
expect "every hand-written probe feeds a module or is report-only" "" \
  "$(comm -23 <(echo "$hand") <(sort -u <(echo "$reads") <(echo "$only")) | head -n3 | tr '\n' ' ')"
expect "no probe is both" "" "$(comm -12 <(echo "$reads") <(echo "$only") | head -n3 | tr '\n' ' ')"
expect "every report-only probe exists, with a reason" "" \
  "$("$tool" cut "$top/probes/report-only.tsv" probe reason | while IFS=$'\t' read -r p r; do
    [ -f "$top/probes/$p.c" ] && [ -n "$r" ] || echo "$p"; done | head -n3 | tr '\n' ' ')"

# The condition language has one implementation: the report tool's.
expect "conditions are parsed only in tools/report/cond.c" "" \
  "$(cd "$top" && git grep -l -E 'split\([^)]*"\|"|strcspn\([^)]*"&\|"' -- tools tests mk | grep -v '^tools/report/cond.c$' | tr '\n' ' ')"
