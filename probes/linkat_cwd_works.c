/*
 * Detects: linkat(AT_FDCWD, old, AT_FDCWD, new, 0) makes a hard link in a
 *   program that links chdir(), as CPython and most ports do.
 * Kind: run
 * Macro: WASISHIM_LINKAT_CWD_WORKS
 * Seen: fails with ENOENT on the libcs of 2022, wasi-sdk 25 and 26/27
 *   (measured) and 28 (reported by a porter); works from the libc of about
 *   30. linkat resolves both paths through one thread-local buffer, which
 *   is used only once chdir's lookup (__wasilibc_find_relpath_alloc) is
 *   linked, so the new path overwrites the old one; link() resolves one
 *   side elsewhere and always works.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/690
 * Fallback: 0, wasishim's linkat then resolves each path on its own.
 * Bits: 1 = linkat failed (errno printed), 2 = the new name is not a second
 *   link to the file, 8 = could not create the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* Read in main, so that chdir, and with it the lookup the bug needs, is
 * linked. */
static int (*volatile keep_chdir)(const char *) = chdir;

int main(void) {
  struct stat st;
  if (!keep_chdir)
    return 8;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0)
    return 8;
  unlink("g");
  if (linkat(AT_FDCWD, "f", AT_FDCWD, "g", 0) != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  return stat("f", &st) == 0 && st.st_nlink == 2 ? 0 : 2;
}
