/*
 * Detects: a folder opened by file descriptor can be listed through a
 *   duplicate of that descriptor, which is how CPython lists one
 *   (os.scandir(fd), os.listdir(fd), os.fwalk, and so shutil.rmtree): it
 *   dup()s the descriptor and calls fdopendir on the copy.
 * Kind: run
 * Macro: WASISHIM_SCANDIR_FD_WORKS
 * Seen: fdopendir works on every SDK, but dup is absent before SDK 34 and an
 *   ENOTSUP stub on p1 in 34; WASI preview 1 has no way to duplicate a
 *   descriptor.
 * Link: https://github.com/python/cpython/issues/115982
 * Fallback: 0, CPython's fd-based folder walking must not be turned on blind.
 * Bits: 1 = open of the folder failed, 2 = dup failed, 4 = fdopendir failed,
 *   8 = the entry was not listed
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  if (mkdir("d", 0755) != 0 ||
      close(open("d/x", O_CREAT | O_WRONLY, 0644)) != 0)
    return 1;
  int fd = open("d", O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return 1;
  int copy = dup(fd);
  if (copy < 0)
    return 2;
  DIR *dir = fdopendir(copy);
  if (dir == NULL)
    return 4;
  int found = 0;
  for (struct dirent *e; (e = readdir(dir)) != NULL;)
    found |= strcmp(e->d_name, "x") == 0;
  closedir(dir);
  return found ? 0 : 8;
}
