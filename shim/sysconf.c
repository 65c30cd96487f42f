/* sysconf with one answer for the thread options on every SDK, true to
 * what wasishim's functions do on one thread (probe
 * sysconf_thread_options_agree, docs/quirks/sysconf.md): threads, rwlocks,
 * spin locks, barriers, semaphores and timeouts work or fail with POSIX's
 * error where a wait could never end, and a process-shared object of any
 * kind can be made, used and destroyed, as <unistd.h> says (200809, where
 * wasi-sdk 34 says -1 for _SC_THREAD_PROCESS_SHARED); no clock counts a
 * thread's CPU time (_SC_THREAD_CPUTIME -1: pthread_getcpuclockid fails
 * with ENOTSUP). Every other name is the libc's. */
#include <unistd.h>

long wasishim_sysconf(int name);

long wasishim_sysconf(int name) {
  switch (name) {
  case _SC_THREADS:
  case _SC_READER_WRITER_LOCKS:
  case _SC_SPIN_LOCKS:
  case _SC_BARRIERS:
  case _SC_SEMAPHORES:
  case _SC_TIMEOUTS:
  case _SC_THREAD_PROCESS_SHARED:
    return 200809L;
  case _SC_THREAD_CPUTIME:
    return -1;
  default:
    return sysconf(name);
  }
}
