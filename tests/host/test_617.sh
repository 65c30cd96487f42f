# wasi-libc issue 617, the acceptance test: the same small program, which
# uses pthread_key_* and exits, built for yowasp-21.1.4 (the libc of SDK
# 26/27) without wasishim hangs in pthread_key_delete, and with wasishim
# runs and exits with status 0. Both halves are checked: the first proves
# the bug is there to be fixed.
. "$(dirname "$0")/lib.sh"
sdk=yowasp-21.1.4
sdk_shim "$sdk" "issue 617" || exit 0

cat >"$scratch/keys.c" <<'C'
#include <pthread.h>
#include <stdio.h>
int main(void) {
  pthread_key_t k;
  static int v;
  if (pthread_key_create(&k, NULL) != 0 || pthread_setspecific(k, &v) != 0 ||
      pthread_getspecific(k) != &v)
    return 1;
  if (pthread_key_delete(k) != 0)
    return 2;
  puts("exiting");
  return 0;
}
C

if "${cc_sdk[@]}" -std=c11 -O1 "$scratch/keys.c" -o "$scratch/plain.wasm" 2>"$scratch/plain.log"; then
  run_3s plain.wasm
  expect "issue 617: without wasishim the program hangs on $sdk (status 124)" 124 $?
else
  fail "issue 617: the program builds without wasishim" "$(head -n1 "$scratch/plain.log")"
fi

if "${cc_sdk[@]}" -std=c11 -O1 @"$b/shim/cflags.rsp" "$scratch/keys.c" -o "$scratch/shimmed.wasm" \
  @"$b/shim/libs.rsp" 2>"$scratch/shimmed.log"; then
  run_3s shimmed.wasm
  expect "issue 617: with wasishim the program runs and exits on $sdk (status 0)" 0 $?
else
  fail "issue 617: the program builds with wasishim" "$(head -n1 "$scratch/shimmed.log")"
fi
