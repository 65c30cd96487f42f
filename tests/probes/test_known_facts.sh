# The test SDKs' facts known independently (known-facts.tsv).
. "$(dirname "$0")/lib.sh"
while IFS=$'\t' read -r sdk id value source; do
  case $sdk in '#'* | '') continue ;; esac
  [ "$sdk" = "$SDK_ID" ] && expect_fact "$id" "$value" "$source"
done <"$(dirname "$0")/known-facts.tsv"
true
