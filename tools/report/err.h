#ifndef WASISHIM_REPORT_ERR_H
#define WASISHIM_REPORT_ERR_H

/* The first failure of a command, already worded as "<file>: <problem>" so
   that main can print it as the one line the user sees. */
struct err {
  int sys_errno; /* errno of the failed system call, or 0 */
  char msg[1024];
};

#if defined(__GNUC__) || defined(__clang__)
#define REPORT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define REPORT_PRINTF(f, a)
#endif

void err_set(struct err *e, const char *file, const char *fmt, ...)
    REPORT_PRINTF(3, 4);
/* Like err_set, appending strerror(errnum) and remembering errnum. */
void err_sys(struct err *e, int errnum, const char *file, const char *what);

#endif
