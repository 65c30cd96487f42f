# pthread keys in a reactor whose host never calls _initialize
# (docs/quirks/pthread-keys.md, rust-lang/rust#160828): a reactor with its
# own _start, as a host calls an export of a library module, built for
# yowasp-22.0.0, whose libc has the PR 618 fix. Without wasishim it hangs
# in pthread_key_delete; the same program calling _initialize first exits 0,
# which proves the hang is the missing start-up, not another bug; with
# wasishim it exits 0 without _initialize.
. "$(dirname "$0")/lib.sh"
# Under Node: it starts a reactor at _start alone, as such a host does;
# wasmtime calls _initialize first and cannot (docs/runtimes.md).
sdk=yowasp-22.0.0
sdk_shim "$sdk" "reactor keys" node || exit 0

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
build() { # name extra-args...
  local n=$1
  shift
  "${cc_sdk[@]}" -std=c11 -O1 -Wall -Wextra -Werror -mexec-model=reactor "$@" -o "$scratch/$n.wasm" 2>"$scratch/$n.log" ||
    { fail "reactor keys: the $n program builds" "$(head -n1 "$scratch/$n.log")"; return 1; }
}

if build plain -DCALL_INITIALIZE=0 "$scratch/keys.c"; then
  run_3s plain.wasm
  expect "reactor keys: without wasishim and without _initialize the program hangs on $sdk (status 124)" 124 $?
fi
if build initialized -DCALL_INITIALIZE=1 "$scratch/keys.c"; then
  run_3s initialized.wasm
  expect "reactor keys: without wasishim, after _initialize, the program exits on $sdk (status 0)" 0 $?
fi
if build shimmed -DCALL_INITIALIZE=0 @"$b/shim/cflags.rsp" "$scratch/keys.c" @"$b/shim/libs.rsp"; then
  run_3s shimmed.wasm
  expect "reactor keys: with wasishim and without _initialize the program exits on $sdk (status 0)" 0 $?
fi
