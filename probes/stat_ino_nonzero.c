/*
 * Detects: stat() gives two different regular files different, non-zero
 *   st_ino values (os.path.samefile and os.walk's loop check need that).
 * Kind: run
 * Macro: WASISHIM_STAT_INO_NONZERO
 * Seen: WASI's filestat carries ino; whether it is filled in depends on the
 *   runtime.
 * Link: -
 * Fallback: 0, with st_ino 0 everywhere samefile() calls every pair of
 *   files on one device the same file.
 * Bits: 1 = could not create or stat the files, 2 = an st_ino is 0,
 *   4 = both files have the same st_ino
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat a, b;
  int r = 0;
  int fa = open("a", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  int fb = open("b", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fa < 0 || fb < 0 || stat("a", &a) != 0 || stat("b", &b) != 0)
    return 1;
  if (a.st_ino == 0 || b.st_ino == 0)
    r |= 2;
  if (a.st_ino == b.st_ino)
    r |= 4;
  return r;
}
