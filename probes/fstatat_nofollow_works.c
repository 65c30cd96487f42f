/*
 * Detects: fstatat(..., AT_SYMLINK_NOFOLLOW) reports a symlink as S_IFLNK,
 *   while plain stat() follows it to the regular file.
 * Kind: run
 * Macro: WASISHIM_FSTATAT_NOFOLLOW_WORKS
 * Seen: present in all SDKs; depends on the runtime's symlink support.
 * Link: -
 * Fallback: 0, os.lstat/os.path.islink give wrong answers otherwise.
 * Bits: 1 = setup failed (file or symlink creation, errno printed),
 *   2 = AT_SYMLINK_NOFOLLOW did not report a symlink, 4 = stat() did not
 *   follow the link
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  struct stat st;
  int r = 0;
  int fd = open("f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0 || close(fd) != 0 || symlink("f", "l") != 0) {
    printf("errno=%d\n", errno);
    return 1;
  }
  if (fstatat(AT_FDCWD, "l", &st, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISLNK(st.st_mode))
    r |= 2;
  if (stat("l", &st) != 0 || !S_ISREG(st.st_mode))
    r |= 4;
  return r;
}
