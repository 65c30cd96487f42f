/* bench/hello.c: a small program using a few common libc calls. make bench
   builds it with and without wasishim's flags and compares the stripped
   .wasm sizes: what linking wasishim costs a program that needs nothing of
   it (target: 0 bytes). With -DBENCH_FN=<name> (its headers given with
   -include) it also uses that function: what one replacement adds to a
   program that already has stdio, malloc and the file calls. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "hello.txt";
  char buf[256];
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    perror(path);
    return 1;
  }
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n < 0) {
    perror("read");
    return 1;
  }
  buf[n] = '\0';
#ifdef BENCH_FN
  void *volatile use = (void *)&BENCH_FN;
  if (use == 0)
    return 2;
#endif
  printf("%s: %zu bytes, HOME %s\n", path, strlen(buf),
         getenv("HOME") ? "set" : "unset");
  return 0;
}
