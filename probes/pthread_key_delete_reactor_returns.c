/*
 * Detects: pthread_key_delete returns (with 0) for a key created in a
 *   reactor module (-mexec-model=reactor) whose host calls an export
 *   without calling _initialize first, as hosts that load a library module
 *   may.
 * Kind: run
 * Macro: WASISHIM_PTHREAD_KEY_DELETE_REACTOR_RETURNS
 * Seen: hangs on every p1 libc measured: on the libc of SDK 25, 26 and 27,
 *   as in a command (issue 617), and on the libcs with the PR 618 fix
 *   (yowasp-22.0.0, about SDK 29/30; debian-33, SDK 33), where crt1 sets
 *   up the thread pointer in _start and in _initialize only, so a host that
 *   skips _initialize gets the 617 hang back; rust-lang/rust#160828 is
 *   that hang in a wasi-sdk 33 module. No pthread_key_delete on p1 before
 *   25.
 * Link: https://github.com/rust-lang/rust/issues/160828
 *   https://github.com/WebAssembly/wasi-libc/issues/617
 *   https://github.com/WebAssembly/wasi-libc/pull/618
 * Flags: -mexec-model=reactor
 * Module: own, a reactor with its own _start; a shared module is a command,
 *   whose crt1 sets up the thread pointer before main
 * Fallback: 0, a libc whose key deletion may never return in a reactor
 *   must not be trusted with a library module's keys.
 * Bits: 1 = pthread_key_create failed, 2 = pthread_key_delete returned an
 *   error (printed), 4 = the constructors had run before _start: the host
 *   called _initialize, so the case this probe is about was not set up
 *   (printed)
 * Hang: 0, without _initialize the thread pointer is never set up, and
 *   pthread_key_delete walks the list of threads from it without end; the
 *   timeout is the measured bug.
 */
/*
 * Why this is the reactor case: the module is built as a reactor, so its
 * start file is crt1-reactor.o, whose _initialize (the thread pointer, then
 * the constructors) is exported, not run. The runners start a module at
 * _start, and here _start is an ordinary export of the probe that does not
 * call _initialize: the runner is a host calling an export of a reactor it
 * never initialised. Node and wazero start a module that exports both at
 * _start alone; wasmtime always calls _initialize first, so tools/run says
 * it cannot run this probe (not-run, the fallback). For any other host a
 * constructor records whether _initialize ran anyway, so that a host that
 * calls it is not taken for a libc that works.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* Volatile: from -O1 on, the compiler would run this constructor at
 * compile time and fold its store into the initial value. */
static volatile int constructed;

__attribute__((constructor)) static void note_constructors(void) {
  constructed = 1;
}

void wasishim_probe_start(void) __attribute__((export_name("_start")));

void wasishim_probe_start(void) {
  pthread_key_t k;
  int r;

  if (constructed) {
    printf("the host called _initialize before _start\n");
    exit(4);
  }
  if (pthread_key_create(&k, NULL) != 0)
    exit(1);
  r = pthread_key_delete(k);
  if (r != 0) {
    printf("delete=%d\n", r);
    exit(2);
  }
  exit(0);
}
