/*
 * Detects: readdir() sets d_type to DT_REG for a regular file and DT_DIR for
 *   a subdirectory.
 * Kind: run
 * Macro: WASISHIM_READDIR_D_TYPE_WORKS
 * Seen: the setting of directory entry types was fixed in SDK 28, together
 *   with the "."/".." entries (measured: already right on p1 before 28
 *   under Node, so that fix may concern p2 only (uncertain)).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/633
 * Fallback: 0, os.scandir()'s is_dir()/is_file() trust d_type unless it is
 *   DT_UNKNOWN; a wrong type is worse than none.
 * Bits: 1 = file not found or wrong type, 2 = subdirectory not found or
 *   wrong type (both types printed), 4 = setup failed
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct dirent *e;
  int ft = -1, dt = -1, r = 0;
  if (mkdir("d", 0755) != 0 || mkdir("d/s", 0755) != 0)
    return 4;
  int fd = open("d/f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0)
    return 4;
  DIR *dir = opendir("d");
  if (dir == NULL)
    return 4;
  while ((e = readdir(dir)) != NULL) {
    if (strcmp(e->d_name, "f") == 0)
      ft = e->d_type;
    else if (strcmp(e->d_name, "s") == 0)
      dt = e->d_type;
  }
  closedir(dir);
  if (ft != DT_REG)
    r |= 1;
  if (dt != DT_DIR)
    r |= 2;
  if (r)
    printf("file=%d dir=%d\n", ft, dt);
  return r;
}
