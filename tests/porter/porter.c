/* A porter's program (issue 11's acceptance): dup2 with a bad descriptor,
 * linkat in a program that links chdir, F_GETLK, <wasi/version.h> and
 * setjmp, built with nothing but `pkg-config --cflags --libs wasishim
 * wasishim-setjmp`. tests/host/test_porter.sh runs it on every built SDK
 * and holds the outputs to each other. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/version.h>

static jmp_buf env;
static volatile int depth;

static void dive(int n) {
  depth = n;
  if (n == 3)
    longjmp(env, n);
  dive(n + 1);
}

int main(void) {
  errno = 0;
  int r = dup2(-1, 5);
  printf("dup2(-1, 5) = %d, %s\n", r,
         errno == EBADF ? "EBADF" : strerror(errno));

  int fd = open("f", O_CREAT | O_RDWR | O_TRUNC, 0644);
  struct stat st;
  printf("linkat = %d\n", linkat(AT_FDCWD, "f", AT_FDCWD, "g", 0));
  printf("links: %d\n", stat("f", &st) == 0 ? (int)st.st_nlink : -1);
  if (chdir(".") != 0)
    return 1;

  struct flock lock;
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_RDLCK;
  errno = 0;
  r = fcntl(fd, F_GETLK, &lock);
  printf("fcntl(F_GETLK) = %d, %s\n", r,
         errno == EINVAL ? "EINVAL" : strerror(errno));

#ifdef __wasip1__
  puts("__wasip1__ is defined");
#endif

  int got = setjmp(env);
  if (got == 0) {
    dive(1);
    puts("longjmp did not jump");
  } else {
    printf("setjmp came back with %d from depth %d\n", got, depth);
  }
  return 0;
}
