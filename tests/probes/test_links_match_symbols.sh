# Every generated link probe must agree with the sysroot's symbol tables,
# read with llvm-nm: a link test that lies would be caught here.
. "$(dirname "$0")/lib.sh"
bad=0 n=0
while IFS=$'\t' read -r id kind src; do
  case $src in probes/functions.tsv:*) ;; *) continue ;; esac
  [ "$kind" = link ] || continue
  fn=${id%_links}
  libs=$("$top/build/host/wasishim-report" cut "$BUILD/probes/build.tsv" id flags | awk -F'\t' -v id="$id" '$1 == id { print $2 }' | tr ' ' '\n' | grep '^-l' || true)
  # shellcheck disable=SC2086
  if defined "$fn" $libs; then want=1; else want=0; fi
  n=$((n + 1))
  if [ "$(fact "$id")" != "$want" ]; then
    fail "$id" "probe says $(fact "$id"), llvm-nm says $want"
    bad=1
  fi
done < <("$top/build/host/wasishim-report" cut "$BUILD/probes/catalogue.tsv" id kind where)
# None read is the catalogue unread, not agreement.
[ "$n" -gt 0 ] || { fail "link probes" "no link probe read from $BUILD/probes/catalogue.tsv"; bad=1; }
[ "$bad" = 1 ] || ok "all $n link probes agree with llvm-nm"
