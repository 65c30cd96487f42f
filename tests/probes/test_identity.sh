# The fingerprint names each test SDK for what it is (known-identity.tsv).
. "$(dirname "$0")/lib.sh"
got=$(sed -n 's/^# identity\t//p' "$BUILD/report.tsv" | sed 's/ (fingerprint:.*//')
while IFS=$'\t' read -r sdk want; do
  case $sdk in '#'* | '') continue ;; esac
  [ "$sdk" = "$SDK_ID" ] || continue
  if [ "$got" = "$want" ]; then ok "identity: $want"; else fail "identity" "expected '$want', the report says '$got'"; fi
done <"$(dirname "$0")/known-identity.tsv"
true
