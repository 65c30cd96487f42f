# pthread keys in a reactor whose host never calls _initialize
# (docs/quirks/pthread-keys.md, rust-lang/rust#160828): a reactor with its
# own _start, as a host calls an export of a library module, built for
# yowasp-22.0.0, whose libc has the PR 618 fix. Without wasishim it hangs
# in pthread_key_delete; the same program calling _initialize first exits 0,
# which proves the hang is the missing start-up, not another bug; with
# wasishim it exits 0 without _initialize.
. "$(dirname "$0")/lib.sh"
sdk=yowasp-22.0.0
b=$top/build/$sdk
[ -f "$b/toolchain.sh" ] || SDK=$sdk WASI_RUNNER=node "$top/tools/sdk/config" >/dev/null ||
  { fail "reactor keys: build/$sdk is configured" "tools/sdk/config failed"; exit 0; }
cc_sdk=("$top/tools/sdk/cc" "$b")
make -C "$top" --no-print-directory -f mk/sdk.mk BUILD="build/$sdk" shim >"$scratch/shim.log" 2>&1 ||
  { fail "reactor keys: libwasishim for $sdk builds" "$(tail -n1 "$scratch/shim.log")"; exit 0; }

cat >"$scratch/keys.c" <<'C'
#include <pthread.h>
#include <stdlib.h>
/* Volatile: the optimizer would run the constructor at compile time. */
static volatile int constructed;
__attribute__((constructor)) static void note(void) { constructed = 1; }
void _initialize(void);
void start(void) __attribute__((export_name("_start")));
void start(void) {
  pthread_key_t k;
  static int v;
#if CALL_INITIALIZE
  _initialize();
#endif
  /* Whether _initialize ran must be what this build says. */
  if (constructed != CALL_INITIALIZE)
    _Exit(3);
  if (pthread_key_create(&k, NULL) != 0 || pthread_setspecific(k, &v) != 0 ||
      pthread_getspecific(k) != &v)
    _Exit(1);
  if (pthread_key_delete(k) != 0)
    _Exit(2);
  _Exit(0);
}
C
run() { (cd "$scratch" && WASI_RUN_TIMEOUT=3 "$top/tools/sdk/run" "$b" "$1" >/dev/null 2>&1); }
build() { # name extra-args...
  local n=$1
  shift
  "${cc_sdk[@]}" -std=c11 -O1 -Wall -Wextra -Werror -mexec-model=reactor "$@" -o "$scratch/$n.wasm" 2>"$scratch/$n.log" ||
    { fail "reactor keys: the $n program builds" "$(head -n1 "$scratch/$n.log")"; return 1; }
}

if build plain -DCALL_INITIALIZE=0 "$scratch/keys.c"; then
  run plain.wasm
  expect "reactor keys: without wasishim and without _initialize the program hangs on $sdk (status 124)" 124 $?
fi
if build initialized -DCALL_INITIALIZE=1 "$scratch/keys.c"; then
  run initialized.wasm
  expect "reactor keys: without wasishim, after _initialize, the program exits on $sdk (status 0)" 0 $?
fi
if build shimmed -DCALL_INITIALIZE=0 @"$b/shim/cflags.rsp" "$scratch/keys.c" @"$b/shim/libs.rsp"; then
  run shimmed.wasm
  expect "reactor keys: with wasishim and without _initialize the program exits on $sdk (status 0)" 0 $?
fi
