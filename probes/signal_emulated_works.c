/*
 * Detects: with the signal emulation, signal(SIGUSR1, handler) followed by
 *   raise(SIGUSR1) calls the handler, and a SIG_IGN'd signal is ignored.
 * Kind: run
 * Macro: WASISHIM_SIGNAL_EMULATED_WORKS
 * Seen: all SDKs (PR 183); CPython's configure always builds with it.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/183
 *   https://github.com/ziglang/zig/issues/23709
 * Flags: -D_WASI_EMULATED_SIGNAL
 * Libs: -lwasi-emulated-signal
 * Fallback: 1, CPython's configure already requires this emulation on WASI,
 *   and raise() is only used for handlers Python installs itself.
 * Bits: 1 = signal() returned SIG_ERR, 2 = raise() failed, 4 = the handler
 *   did not run (or ran with the wrong number), 8 = raising an ignored
 *   signal failed or called the handler
 */
#include <signal.h>

static volatile sig_atomic_t got;

static void handler(int sig) {
  got = sig;
}

int main(void) {
  int bits = 0;

  if (signal(SIGUSR1, handler) == SIG_ERR)
    return 1;
  if (raise(SIGUSR1) != 0)
    bits |= 2;
  if (got != SIGUSR1)
    bits |= 4;
  got = 0;
  if (signal(SIGUSR2, SIG_IGN) == SIG_ERR || raise(SIGUSR2) != 0 || got)
    bits |= 8;
  return bits;
}
