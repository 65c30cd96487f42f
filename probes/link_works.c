/*
 * Detects: link() creates a hard link: the new name reads the same data and
 *   the file's st_nlink becomes 2.
 * Kind: run
 * Macro: WASISHIM_LINK_WORKS
 * Seen: present in all SDKs; runtime-dependent. wasi-libc fixed linkat
 *   with AT_FDCWD on both sides in 2025-12 (after SDK 29; not in the
 *   catalogue); measured: this probe passes on libcs older than that fix,
 *   so which calls hit that bug is uncertain.
 * Link: https://github.com/WebAssembly/wasi-libc/pull/690
 * Fallback: 0, os.link then raises, which callers already handle.
 * Bits: 1 = link failed (errno printed), 2 = the new name does not read the
 *   same data, 4 = st_nlink is not 2, 8 = could not create the file
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  char buf[8] = {0};
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "lnk", 3) != 3 || close(fd) != 0)
    return 8;
  if (link("f", "g") != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  fd = open("g", O_RDONLY);
  if (fd < 0 || read(fd, buf, sizeof buf) != 3 || memcmp(buf, "lnk", 3) != 0)
    r |= 2;
  if (stat("f", &st) != 0 || st.st_nlink != 2)
    r |= 4;
  return r;
}
