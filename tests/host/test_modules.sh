# The module manifests (modules/*) tie every part together, and nothing is
# left outside one: every fact a manifest names exists, and its decisions
# read only the facts it lists; every shim/*.c belongs to exactly one
# module; every module has a test and a quirk page that exist; every
# hand-written probe feeds a module or is listed as report-only with its
# reason (probes/report-only.tsv).
. "$(dirname "$0")/lib.sh"
m=$scratch/modules
if ! "$top/tools/shim/modules" "$m" 2>"$scratch/modules.log"; then
  fail "the manifests read" "$(head -n1 "$scratch/modules.log")"
  exit 0
fi
ok "the manifests read"
facts=$scratch/facts
cut -f1 "$BUILD/probes/catalogue.tsv" | sort -u >"$facts"

# Every fact named: in Reads, in a decision, in a config.site row.
named=$(awk -F'\t' '
  FILENAME ~ /keys/ && $2 == "Reads" { n = split($3, w, " "); for (i = 1; i <= n; i++) print $1 "\t" w[i] }
  FILENAME ~ /decisions/ || FILENAME ~ /site/ {
    c = FILENAME ~ /decisions/ ? $4 : $1; mod = FILENAME ~ /decisions/ ? $1 : $5
    n = split(c, w, /[&|]/); for (i = 1; i <= n; i++) { f = w[i]; sub(/^!/, "", f); if (f !~ /^[01]$/) print mod "\t" f } }' \
  "$m/keys.tsv" "$m/decisions.tsv" "$m/site.tsv" | sort -u)
missing=$(cut -f2 <<<"$named" | sort -u | comm -23 - "$facts" | head -n3 | tr '\n' ' ')
expect "every fact a manifest names exists" "" "$missing"
unread=$(awk -F'\t' '
  FILENAME ~ /keys/ { if ($2 == "Reads") { n = split($3, w, " "); for (i = 1; i <= n; i++) r[$1, w[i]] = 1 }; next }
  { c = FILENAME ~ /decisions/ ? $4 : $1; mod = FILENAME ~ /decisions/ ? $1 : $5
    n = split(c, w, /[&|]/); for (i = 1; i <= n; i++) { f = w[i]; sub(/^!/, "", f)
      if (f !~ /^[01]$/ && !((mod, f) in r)) print "modules/" mod ": " f } }' \
  "$m/keys.tsv" "$m/decisions.tsv" "$m/site.tsv" | sort -u | head -n3 | tr '\n' ' ')
expect "a module's decisions read only the facts its Reads: names" "" "$unread"

# Every shim/*.c in exactly one module; every file a module names exists.
owners=$(awk -F'\t' 'FILENAME ~ /decisions/ && ($2 == "provide" || $2 == "replace") { print $5 "\t" $1 }
  FILENAME ~ /shared/ { print $2 "\t" $1 }' "$m/decisions.tsv" "$m/shared.tsv" | sort -u)
twice=$(cut -f1 <<<"$owners" | uniq -d | head -n3 | tr '\n' ' ')
expect "no shim file belongs to two modules" "" "$twice"
orphans=$(cd "$top" && ls shim/*.c | sort | comm -23 - <(cut -f1 <<<"$owners" | sort -u) | head -n3 | tr '\n' ' ')
expect "every shim/*.c belongs to a module" "" "$orphans"
absent=$(awk -F'\t' '$2 ~ /^(Shared|Header|Tests|Doc)$/ { n = split($3, w, " "); for (i = 1; i <= n; i++) print w[i] }' "$m/keys.tsv" |
  sort -u | while read -r f; do [ -e "$top/$f" ] || echo "$f"; done
  cut -f1 <<<"$owners" | while read -r f; do [ -e "$top/$f" ] || echo "$f"; done)
expect "every file a manifest names exists" "" "$(grep . <<<"$absent" | head -n3 | tr "\n" " ")"
for key in Tests Doc; do
  without=$(awk -F'\t' -v k="$key" '{ mods[$1] = 1 } $2 == k && $3 != "" { has[$1] = 1 }
    END { for (x in mods) if (!(x in has)) print x }' "$m/keys.tsv" | sort | tr '\n' ' ')
  expect "every module has $key:" "" "$without"
done

# Every hand-written probe feeds a module or is report-only, not both.
reads=$(awk -F'\t' '$2 == "Reads" { n = split($3, w, " "); for (i = 1; i <= n; i++) print w[i] }' "$m/keys.tsv" | sort -u)
only=$(grep -v '^#' "$top/probes/report-only.tsv" | cut -f1 | sort -u)
hand=$(cd "$top/probes" && ls *.c | sed 's/\.c$//' | sort)
expect "every hand-written probe feeds a module or is report-only" "" \
  "$(comm -23 <(echo "$hand") <(sort -u <(echo "$reads") <(echo "$only")) | head -n3 | tr '\n' ' ')"
expect "no probe is both" "" "$(comm -12 <(echo "$reads") <(echo "$only") | head -n3 | tr '\n' ' ')"
expect "every report-only probe exists, with a reason" "" \
  "$(grep -v '^#' "$top/probes/report-only.tsv" | awk -F'\t' -v d="$top/probes" '{ f = d "/" $1 ".c"; if ((getline l < f) <= 0 || $2 == "") print $1; close(f) }' | head -n3 | tr '\n' ' ')"

# The engine and the shim selection read these very tables.
expect "the build's decisions are the manifests'" "" "$(diff "$m/decisions.tsv" "$BUILD/probes/decisions.tsv" | head -n2)"
