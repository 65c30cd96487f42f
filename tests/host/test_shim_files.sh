# The files modules of the shim (chmod, statvfs, dup, pipe, times, realpath,
# gethostname, getentropy, linkat, poll): the pure-C helpers
# (resolve_times.c, resolve_path.c) build warning-free on the host and pass
# their cmocka tests under ASan and UBSan; every replacement file builds for
# BUILD's SDK whatever the selection, and getentropy.c, selected on no test
# SDK, also links and runs, as does poll.c, forced where the libc's poll
# would be kept. Built into build/host/shim-files-tests/.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/cmocka.sh"
out=$(cd "$BUILD/.." && pwd)/host/shim-files-tests
mkdir -p "$out"
helpers=(resolve_times resolve_path)

for cc in cc clang; do
  command -v "$cc" >/dev/null || continue
  : >"$out/$cc.log"
  r=0
  for h in "${helpers[@]}"; do
    "$cc" "${HOST_CFLAGS[@]}" -O2 -I"$top/shim" -c "$top/shim/$h.c" \
      -o "$out/$h.$cc.o" 2>>"$out/$cc.log" || r=1
  done
  check "shim files: the pure helpers build warning-free on the host with $cc" $r \
    "$(first_error "$out/$cc.log")"
done

# --- cmocka tests of the helpers: test_<helper>.c, with fakefs.c ---
if have_cmocka "shim files: cmocka tests"; then
  for h in "${helpers[@]}"; do
    cmocka_test "shim/test_$h" "$out/test_$h" -I"$top/shim" -I"$top/tests/host/shim" \
      "$top/tests/host/shim/test_$h.c" "$top/shim/$h.c" "$top/tests/host/shim/fakefs.c"
  done
fi

# --- every file of those modules builds for this SDK ---
# realpath.c reads wasishim/shim.h: once as provided, once as replacing.
sdk_out=$out/$(basename "$BUILD")
# A file that can provide or replace is built both ways: a shim.h with
# every PROVIDE_ macro 1 and every REPLACE_ 0, and one the other way round.
"$top/tools/report/build" -Werror
table() { "$top/build/host/wasishim-report" modules "$top" "$@"; }
for variant in provide replace; do
  mkdir -p "$sdk_out/$variant/wasishim"
  table decisions kind name | awk -F'\t' -v v=$variant '$1 == "provide" || $1 == "replace" {
      printf "#define WASISHIM_%s_%s %d\n", toupper($1), toupper($2), $1 == v }
    $1 == "macro" { printf "#define WASISHIM_%s 0\n", $2 }' |
    sort -u >"$sdk_out/$variant/wasishim/shim.h"
done
mods='^(chmod|statvfs|dup|pipe|times|realpath|gethostname|getentropy|linkat|poll|readv)$'
srcs=$(table files module role path | awk -F'\t' -v m="$mods" '$1 ~ m && ($2 == "source" || $2 == "shared") { print $3 }' |
  sed 's|^shim/||' | sort -u)
: >"$sdk_out/build.log"
r=0
for s in $srcs; do
  for variant in provide replace; do
    "${WASI_CC[@]}" -std=c11 -O2 "${HOST_CFLAGS[@]}" -I"$sdk_out/$variant" -I"$top/shim" \
      -c "$top/shim/$s" -o "$sdk_out/${s%.c}.$variant.o" 2>>"$sdk_out/build.log" || r=1
  done
done
check "shim files: every file of the files modules builds for $(basename "$BUILD")" $r \
  "$(first_error "$sdk_out/build.log")"

# --- getentropy.c, by hand: wasishim's, not libc's, and it works ---
cat >"$sdk_out/entropy.c" <<'C'
#include <errno.h>
#include <stdio.h>
#include <string.h>
int getentropy(void *, size_t);
int main(void) {
  unsigned char a[256], b[256], zero[256] = {0};
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  if (getentropy(a, sizeof a) != 0 || getentropy(b, sizeof b) != 0)
    return 1;
  if (memcmp(a, zero, sizeof a) == 0 || memcmp(a, b, sizeof a) == 0)
    return 2;
  errno = 0;
  if (getentropy(a, 257) != -1 || errno != EIO)
    return 3;
  if (getentropy(a, 0) != 0)
    return 4;
  printf("ok\n");
  return 0;
}
C
if "${WASI_CC[@]}" -std=c11 -O1 "$sdk_out/entropy.c" "$sdk_out/getentropy.provide.o" \
  -Wl,--trace-symbol=getentropy -o "$sdk_out/entropy.wasm" >"$sdk_out/entropy.log" 2>&1; then
  # The definition the linker took must be the object given, not libc.a.
  grep -q 'getentropy.provide.o: definition of getentropy' "$sdk_out/entropy.log"
  check "shim files: getentropy.c links in place of libc's" $? \
    "$(grep -m1 'definition of getentropy' "$sdk_out/entropy.log")"
  expect "shim files: getentropy.c gives bytes, and EIO beyond 256" ok \
    "$(cd "$scratch" && "$run" "$sdk_out/entropy.wasm" 2>&1)"
else
  bad "shim files: getentropy.c links" "$(first_error "$sdk_out/entropy.log")"
fi

# --- poll.c, forced: SDK 34's answers whatever the libc's poll says ---
cat >"$sdk_out/poll.c" <<'C'
#include <errno.h>
#include <poll.h>
#include <stdio.h>
int wasishim_poll(struct pollfd *, nfds_t, int);
int main(void) {
  struct pollfd pri = {1, 0x200, 0};
  errno = 0;
  if (wasishim_poll(&pri, 1, 0) != -1 || errno != ENOSYS)
    return 1;
  struct pollfd p[3] = {{1, POLLOUT, 0}, {1, 0x200, 0}, {1, 0, 0}};
  errno = 0;
  int r = wasishim_poll(p, 3, 0);
  if (r == -1 && errno == ENOSYS)
    return 2;
  if (p[1].events != 0x200 || p[1].revents != 0 || p[2].revents != 0)
    return 3;
  struct pollfd none = {-1, POLLIN, 7};
  if (wasishim_poll(&none, 1, 0) != 0 || none.revents != 0)
    return 4;
  printf("ok\n");
  return 0;
}
C
if "${WASI_CC[@]}" -std=c11 -O1 "$sdk_out/poll.c" "$sdk_out/poll.replace.o" "$sdk_out/poll_pri.replace.o" \
  -o "$sdk_out/poll.wasm" >"$sdk_out/poll.log" 2>&1; then
  expect "shim files: poll.c skips lone POLLPRI and empty entries, ENOSYS for POLLPRI alone" ok \
    "$(cd "$scratch" && "$run" "$sdk_out/poll.wasm" 2>&1)"
else
  bad "shim files: poll.c links" "$(first_error "$sdk_out/poll.log")"
fi
