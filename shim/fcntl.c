/* fcntl with one errno per question for what WASI p1 cannot do
 * (docs/quirks/fcntl.md, probe fcntl_lock_dup_answers): EBADF for a
 * descriptor that is not open; else a record lock is EINVAL, POSIX's error
 * for "a file that does not support locking" (wasi-sdk 34 answers
 * ENOTSUP, the libcs before it EINVAL even for a closed descriptor), and
 * a duplication is ENOTSUP, as dup gives (EINVAL for a negative lowest
 * number, as POSIX says). Every other command is the libc's: its argument,
 * an int or a pointer (both 32 bits on wasm32), is passed on as musl's
 * fcntl reads it. */
#include <fcntl.h>
#include <stdarg.h>

#include "stub_checks.h"

/* The libc's own header is read here, not the wrapper. */
#include "../include/wasishim/wasishim/fcntl-cmds.h"

int wasishim_fcntl(int fd, int cmd, ...);

int wasishim_fcntl(int fd, int cmd, ...) {
  va_list ap;
  unsigned long arg;

  va_start(ap, cmd);
  arg = va_arg(ap, unsigned long);
  va_end(ap);
  if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) {
    if (wasishim__fd_open(fd) != 0)
      return -1;
    return wasishim__fail(EINVAL);
  }
  if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
    if (wasishim__fd_open(fd) != 0)
      return -1;
    return wasishim__fail((int)arg < 0 ? EINVAL : ENOTSUP);
  }
  return fcntl(fd, cmd, arg);
}
