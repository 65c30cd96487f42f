# docs/cpython.md's generated parts are what tools/cpython/table makes of
# tools/cpython/recipe-3.13: the recipe the harness runs is the one the page
# prints (the results part depends on the builds at hand and is left out).
. "$(dirname "$0")/lib.sh"
doc=$top/docs/cpython.md
cp "$doc" "$scratch/cpython.md"
mkdir -p "$scratch/noresults"
"$top/tools/cpython/table" "$scratch/cpython.md" "$scratch/noresults" >"$scratch/table.log" 2>&1
section() { sed -n '/^<!-- cpython-recipe: begin/,/^<!-- cpython-recipe: end -->$/p' "$1"; }
expect "docs/cpython.md prints tools/cpython/recipe-3.13 as it is" "" \
  "$(diff <(section "$doc") <(section "$scratch/cpython.md") | head -n3)"
expect "the results part has its markers" 1 "$(grep -c '^<!-- cpython-table: end -->$' "$doc")"
