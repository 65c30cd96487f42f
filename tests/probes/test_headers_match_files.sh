# A header probe without flags compiles exactly when the sysroot has the file
# (wasi-libc headers that #error without an opt-in macro carry flags).
. "$(dirname "$0")/lib.sh"
bad=0 n=0
res=$(resdir)
while IFS=$'\t' read -r hdr flags _; do
  case $hdr in '#'* | '') continue ;; esac
  [ "$flags" = - ] || continue
  id=header_$(printf '%s' "$hdr" | tr '/.-' '___')
  if [ -f "$(incdir)/$hdr" ] || [ -f "$res/include/$hdr" ]; then want=1; else want=0; fi
  n=$((n + 1))
  if [ "$(fact "$id")" != "$want" ]; then
    fail "$id" "probe says $(fact "$id"), but the file is $([ $want = 1 ] && echo there || echo absent)"
    bad=1
  fi
done <"$top/probes/headers.tsv"
[ "$bad" = 1 ] || ok "all $n header probes agree with the sysroot's files"
