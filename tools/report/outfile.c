/* mkstemp, fdopen, fchmod and umask are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static char *temp_template(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  struct strbuf b = {0};

  sb_addf(&b, "%.*s.%s.XXXXXX", (int)(base - path), path, base);
  return sb_take(&b);
}

/* mkstemp makes the file 0600; outputs should get the usual 0666 & ~umask.
   umask can only be read by setting it, so it is put straight back. */
static int give_usual_mode(int fd) {
  mode_t mask = umask(0);

  umask(mask);
  return fchmod(fd, 0666 & ~mask);
}

int outfile_open(struct outfile *o, const char *path, struct err *e) {
  struct stat st;
  int fd;

  *o = (struct outfile){0};
  /* The rename would fail only after other outputs were put in place. */
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    err_set(e, path, "is a folder, not a file");
    return -1;
  }
  o->path = xstrdup(path);
  o->tmp = temp_template(path);
  fd = mkstemp(o->tmp);
  if (fd < 0) {
    err_sys(e, errno, path, "cannot create a temporary file");
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  if (give_usual_mode(fd) || !(o->f = fdopen(fd, "w"))) {
    err_sys(e, errno, path, "cannot open a temporary file");
    close(fd);
    outfile_discard(o);
    return -1;
  }
  return 0;
}

int outfile_close(struct outfile *o, struct err *e) {
  int bad = fflush(o->f) != 0 || ferror(o->f);
  int errnum = errno;

  if (fclose(o->f) != 0 && !bad) {
    bad = 1;
    errnum = errno;
  }
  o->f = NULL;
  if (bad) {
    err_sys(e, errnum ? errnum : EIO, o->path, "cannot write");
    return -1;
  }
  return 0;
}

int outfile_commit(struct outfile *o, struct err *e) {
  if (rename(o->tmp, o->path) != 0) {
    err_sys(e, errno, o->path, "cannot put in place");
    return -1;
  }
  free(o->tmp);
  o->tmp = NULL;
  return 0;
}

void outfile_discard(struct outfile *o) {
  if (o->f)
    fclose(o->f);
  if (o->tmp)
    unlink(o->tmp);
  free(o->tmp);
  free(o->path);
  o->f = NULL;
  o->tmp = o->path = NULL;
}
