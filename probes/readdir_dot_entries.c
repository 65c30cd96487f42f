/*
 * Detects: readdir() on a directory opened with opendir() returns the "."
 *   and ".." entries.
 * Kind: run
 * Macro: WASISHIM_READDIR_DOT_ENTRIES
 * Seen: wasi-libc made opendir/readdir return them in SDK 28 (PR 633), but
 *   measured on p1 they are still missing with a libc of SDK 29/30 under
 *   Node, whose fd_readdir never gives them: on p1 they come from the
 *   runtime, and the fix looks p2-only (uncertain).
 * Link: https://github.com/WebAssembly/wasi-libc/pull/633
 * Fallback: 0, POSIX allows either; code that counts entries must not
 *   expect them.
 * Bits: 1 = "." missing, 2 = ".." missing, 4 = setup failed (mkdir or
 *   opendir)
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(void) {
  struct dirent *e;
  int r = 3;
  if (mkdir("d", 0755) != 0)
    return 4;
  DIR *dir = opendir("d");
  if (dir == NULL)
    return 4;
  while ((e = readdir(dir)) != NULL) {
    if (strcmp(e->d_name, ".") == 0)
      r &= ~1;
    else if (strcmp(e->d_name, "..") == 0)
      r &= ~2;
  }
  closedir(dir);
  return r;
}
