/*
 * Detects: fdopendir() on a directory opened with O_RDONLY|O_DIRECTORY
 *   works, and readdir() on it finds a file created in that directory.
 * Kind: run
 * Macro: WASISHIM_FDOPENDIR_WORKS
 * Seen: present since before SDK 19; CPython's config.site says it failed
 *   with EINVAL on SDK 15 and forces ac_cv_func_fdopendir=no (never
 *   re-checked).
 * Link: https://github.com/python/cpython/issues/115982
 * Fallback: 0, the value CPython's config.site uses today; os.scandir(fd)
 *   and os.listdir(fd) are the only users.
 * Bits: 1 = fdopendir failed (errno printed), 2 = readdir did not find the
 *   file, 4 = setup failed (mkdir, file creation or opening the directory)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct dirent *e;
  int found = 0;
  if (mkdir("d", 0755) != 0)
    return 4;
  int f = open("d/x", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (f < 0 || close(f) != 0)
    return 4;
  int fd = open("d", O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return 4;
  DIR *dir = fdopendir(fd);
  if (dir == NULL) {
    printf("errno=%d\n", errno);
    return 1;
  }
  while ((e = readdir(dir)) != NULL)
    if (strcmp(e->d_name, "x") == 0)
      found = 1;
  closedir(dir);
  return found ? 0 : 2;
}
