# wasishim's pthreads (docs/quirks/pthread-*.md): the key table's cmocka
# tests on the host under ASan and UBSan, and pthread_exit, which ends the
# program and so cannot be a cmocka test, in wasm for every test SDK whose
# libwasishim is built.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/cmocka.sh"
out=$(cd "$BUILD/.." && pwd)/host/shim-pthread-tests
mkdir -p "$out"

# --- the key table on the host ---
for cc in cc clang; do
  command -v "$cc" >/dev/null || continue
  "$cc" "${HOST_CFLAGS[@]}" -O2 -I"$top/shim" -c "$top/shim/pthread_key_table.c" \
    -o "$out/key_table.$cc.o" 2>"$out/$cc.log"
  check "shim/pthread_key_table.c builds warning-free on the host with $cc" $? \
    "$(first_error "$out/$cc.log")"
done
if have_cmocka "shim/test_pthread_key_table"; then
  cmocka_test "shim/test_pthread_key_table under ASan and UBSan" "$out/test_pthread_key_table" \
    -I"$top/shim" "$top/tests/host/shim/test_pthread_key_table.c" "$top/shim/pthread_key_table.c"
fi

# --- pthread_exit in wasm, with wasishim's flags ---
cat >"$scratch/exit.c" <<'C'
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_key_t key;
static int value;
static void destroy(void *p) {
  printf("destructor %s\n", p == &value ? "got the value" : "got another value");
  printf("value inside %s\n", pthread_getspecific(key) ? "still set" : "NULL");
}
static void at_exit(void) { printf("atexit ran\n"); }
int main(void) {
  if (pthread_key_create(&key, destroy) != 0 || pthread_setspecific(key, &value) != 0)
    return 3;
  atexit(at_exit);
  pthread_exit(NULL);
  return 4;
}
C
want="destructor got the value
value inside NULL
atexit ran"
for b in "$top"/build/*/; do
  b=${b%/}
  id=${b##*/}
  [ -f "$b/toolchain.sh" ] && [ -f "$b/libwasishim.a" ] || continue
  if ! "$top/tools/sdk/cc" "$b" -std=c11 -O1 -Wall -Wextra -Werror -Wundef @"$b/shim/cflags.rsp" \
    "$scratch/exit.c" -o "$scratch/exit-$id.wasm" @"$b/shim/libs.rsp" 2>"$scratch/exit-$id.log"; then
    fail "$id: pthread_exit builds with wasishim" "$(first_error "$scratch/exit-$id.log")"
    continue
  fi
  got=$(cd "$scratch" && WASI_RUN_TIMEOUT=10 "$top/tools/sdk/run" "$b" "exit-$id.wasm" 2>&1)
  expect "$id: pthread_exit runs the key destructors, then exits with status 0" \
    "0 $want" "$? $got"
done
