# make audit-site on a real SDK: a small hand-written site file judged
# against debian-33's own facts (the libc of wasi-sdk 33, under Node). The
# expectations come from outside the probes (../shared/reference/
# wasi-sdk-quirks.md): chmod and statvfs are stubs failing with ENOSYS from
# wasi-sdk 22; eventfd is absent on every SDK; readv's several-buffer bug
# (wasmtime#7830) is wasmtime's, not Node's; no runtime has /dev/ptmx.
. "$(dirname "$0")/lib.sh"
# Under Node by name: readv's answer is the runtime's (under wasmtime, the
# default, CPython's readv=no is right).
id=$(SDK=debian-33 WASI_RUNNER=node "$top/tools/sdk/config") ||
  { fail "audit-site: debian-33 under node is configured" "tools/sdk/config failed"; exit 0; }
sdk=$id
export WASI_RUNNER=node

site="$scratch/my site's file"
cat >"$site" <<'SITE'
# hand-written, as CPython's is
ac_cv_func_readv=no
ac_cv_func_eventfd=no
ac_cv_func_statvfs=yes
export ac_cv_file__dev_ptmx='no'
echo this line is not an assignment
SITE

out=$(make -C "$top" -s audit-site SDK=debian-33 SITE="$site" 2>"$scratch/err")
rc=$?
expect "audit-site exits 0 with findings, stderr empty" "0 " "$rc $(cat "$scratch/err")"
expect "the first line names the file and the SDK" \
  "audit-site: $site against $sdk: " "$(head -n1 <<<"$out" | grep -o "^audit-site: .* against $sdk: ")"

line() { grep -F -- "$1" <<<"$out" | head -n1; }
expect "a working function turned off is wrong, at its line" \
  "$site:2: wrong: ac_cv_func_readv=no turns off readv, which links and works on $sdk [readv_multi_works = 1, measured]" \
  "$(line "$site:2: " | sed 's/; write instead.*//')"
expect "its finding gives the line to write" "write instead: ac_cv_func_readv=yes" \
  "$(line "$site:2: " | grep -o 'write instead: [^ ]*')"
expect "a stub turned on is wrong" \
  "$site:4: wrong: ac_cv_func_statvfs=yes turns on statvfs, which does not work on $sdk [statvfs_works = 0, measured" \
  "$(line "$site:4: " | sed 's/, measured.*/, measured/')"
expect "a stub the file leaves to configure is missing, with the line to add" \
  "$site: missing: chmod links but does not work on $sdk, and the file leaves ac_cv_func_chmod to configure's link test" \
  "$(line "missing: chmod " | sed 's/ \[.*//')"
expect "  ... and the line to add" "add: ac_cv_func_chmod=no" "$(line "missing: chmod " | grep -o 'add: [^ ]*')"
expect "lines the facts confirm give no finding" "" "$(grep -E ":(3|5): " <<<"$out")"
expect "the last line counts and lists what was not read" \
  "agree with the facts; lines not read (not assignments): 6" \
  "$(tail -n1 <<<"$out" | grep -o 'agree with the facts.*')"

out=$(make -C "$top" -s audit-site SDK=debian-33 SITE="$scratch/none" 2>&1)
rc=$?
expect "a missing file is one error line and a failure" \
  "1 1" "$([ $rc != 0 ] && echo 1) $(grep -c . <<<"$out")"
out=$(make -C "$top" -s audit-site SDK=debian-33 2>&1)
rc=$?
expect "no SITE is one usage line and a failure" \
  "1 1" "$([ $rc != 0 ] && echo 1) $(grep -c 'usage: make audit-site SITE=' <<<"$out")"
