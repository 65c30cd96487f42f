/*
 * Detects: sysconf answers the thread options as wasishim's functions then
 *   behave, on one thread: threads, reader-writer locks, spin locks,
 *   barriers, semaphores, timeouts and process-shared synchronisation
 *   200809 (each works, or fails with POSIX's error where a wait could
 *   never end; a process-shared object of any kind can be made, used and
 *   destroyed, and <unistd.h> says _POSIX_THREAD_PROCESS_SHARED); thread
 *   CPU-time clocks -1 (pthread_getcpuclockid fails with ENOTSUP).
 * Kind: run
 * Macro: WASISHIM_SYSCONF_THREAD_OPTIONS_AGREE
 * Seen: the libcs of 2022 and 25 to 33 answer 200809 for all of them,
 *   _SC_THREAD_CPUTIME included, though none has pthread_getcpuclockid
 *   (measured); wasi-sdk 34 answers -1 for _SC_THREAD_PROCESS_SHARED
 *   (issue 17), and its pthread_getcpuclockid fails with ENOTSUP (PR 851,
 *   297b285d).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/851
 * Fallback: 0, the answers are not known.
 * Bits: 1 = an answer differs (name and value printed)
 */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  static const struct {
    int name;
    const char *what;
    long want;
  } opts[] = {
      {_SC_THREADS, "_SC_THREADS", 200809L},
      {_SC_READER_WRITER_LOCKS, "_SC_READER_WRITER_LOCKS", 200809L},
      {_SC_SPIN_LOCKS, "_SC_SPIN_LOCKS", 200809L},
      {_SC_BARRIERS, "_SC_BARRIERS", 200809L},
      {_SC_SEMAPHORES, "_SC_SEMAPHORES", 200809L},
      {_SC_TIMEOUTS, "_SC_TIMEOUTS", 200809L},
      {_SC_THREAD_PROCESS_SHARED, "_SC_THREAD_PROCESS_SHARED", 200809L},
      {_SC_THREAD_CPUTIME, "_SC_THREAD_CPUTIME", -1},
  };
  int bits = 0;

  for (unsigned i = 0; i < sizeof opts / sizeof opts[0]; i++) {
    long v = sysconf(opts[i].name);
    if (v != opts[i].want) {
      printf("%s=%ld\n", opts[i].what, v);
      bits = 1;
    }
  }
  return bits;
}
