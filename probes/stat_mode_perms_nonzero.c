/*
 * Detects: stat() of a file created with mode 0644 reports some permission
 *   bits (st_mode & 0777 is not 0).
 * Kind: run
 * Macro: WASISHIM_STAT_MODE_PERMS_NONZERO
 * Seen: WASI p1's filestat has no permission bits, so libc has to make them
 *   up; not in the catalogue.
 * Link: -
 * Fallback: 0, code that copies or checks permission bits (shutil.copymode,
 *   os.access emulations) must not trust them.
 * Bits: 1 = could not create or stat the file, 2 = no permission bits
 *   (mode printed)
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat st;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0 || stat("f", &st) != 0)
    return 1;
  if ((st.st_mode & 0777) == 0) {
    printf("mode=%o\n", (unsigned)st.st_mode);
    return 2;
  }
  return 0;
}
