/*
 * Detects: fts_open() on "." walks the directory and fts_read() returns both
 *   regular files created in it.
 * Kind: run
 * Macro: WASISHIM_FTS_WORKS
 * Seen: no <fts.h> <=24; fts in libc.a from 25.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/522
 * Fallback: 0, only code that can fall back to readdir asks.
 * Bits: 1 = fts_open failed (errno printed), 2 = first file not found,
 *   4 = second file not found, 8 = could not create the files
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  char *paths[] = {".", NULL};
  FTSENT *e;
  int r = 6;
  int f1 = open("p1", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  int f2 = open("p2", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (f1 < 0 || f2 < 0 || close(f1) != 0 || close(f2) != 0)
    return 8;
  FTS *fts = fts_open(paths, FTS_PHYSICAL | FTS_NOCHDIR, NULL);
  if (fts == NULL) {
    printf("errno=%d\n", errno);
    return 1;
  }
  while ((e = fts_read(fts)) != NULL) {
    if (e->fts_info != FTS_F)
      continue;
    if (strcmp(e->fts_name, "p1") == 0)
      r &= ~2;
    else if (strcmp(e->fts_name, "p2") == 0)
      r &= ~4;
  }
  fts_close(fts);
  return r;
}
