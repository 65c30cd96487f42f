# Every file of the checkout that a manifest, a doc or a comment names
# exists, so that a rename or a removal leaves no reference behind. Named
# files are words starting with a top folder of the checkout: under tools/,
# any; under docs/, tests/, probes/, modules/, mk/, bench/ and shim/, those
# with a source's suffix (shim/sources, probes/res and the like are build
# outputs, include/ paths mostly are). Passed over: words with a pattern in
# them (*, <name>, $var, {a,b}), paths under build/, and made-up files: the
# report tool's fixtures (tests/host/report/), the worked example's
# (getpagesize, which tests/host/test_worked_example.sh creates) and the
# scaffold's (tools/shim/new-module and its test).
. "$(dirname "$0")/lib.sh"
cd "$top" || exit 1
tops='docs|tests|tools|probes|shim|modules|mk|bench'
missing=$(git ls-files -z --cached --others --exclude-standard -- ':!tests/host/report/*' ':!tests/fuzz/*/*' \
  ':!tools/shim/new-module' ':!tests/host/test_new_module.sh' |
  xargs -0 grep -I -o -E "(^|[^A-Za-z0-9_./<>@\$-])($tops)/[A-Za-z0-9_./-]*[A-Za-z0-9_][<*\${]?" 2>/dev/null |
  sed -E "s/^([^:]*):[^A-Za-z]*/\1\t/" |
  awk -F'\t' '$2 ~ /[<*${]$/ || $2 ~ /getpagesize/ { next }
    { sub(/[.]+$/, "", $2) }
    $2 ~ /^tools\// || $2 ~ /\.(md|c|h|sh|mk|py|mjs)$/ { print }' | sort -u |
  while IFS=$'\t' read -r file path; do
    [ -e "$path" ] || printf '%s names %s; ' "$file" "$path"
  done)
expect "every file named in the checkout exists" "" "$missing"
