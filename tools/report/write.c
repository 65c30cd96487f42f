/* mkdir and stat are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "write.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fingerprint.h"
#include "outfile.h"
#include "report.h"
#include "util.h"

static const struct {
  const char *name;
  void (*emit)(FILE *, const struct report *);
} outputs[] = {
    {"include/wasishim/config.h", emit_config_h},
    {"config.site", emit_config_site},
    {"report.json", emit_json},
    {"report.tsv", emit_tsv},
    {"report.md", emit_md},
};
enum { N_OUTPUTS = sizeof outputs / sizeof outputs[0] };

static int make_dir(const char *path, struct err *e) {
  struct stat st;

  if (mkdir(path, 0777) == 0)
    return 0;
  if (errno != EEXIST) {
    err_sys(e, errno, path, "cannot create the folder");
    return -1;
  }
  if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
    err_set(e, path, "is not a folder");
    return -1;
  }
  return 0;
}

static int make_include_dirs(const char *build, struct err *e) {
  char *inc = path_join(build, "include");
  char *sub = path_join(inc, "wasishim");
  int rc = make_dir(inc, e) || make_dir(sub, e) ? -1 : 0;

  free(inc);
  free(sub);
  return rc;
}

static int render(struct outfile *o, const char *build, size_t i,
                  const struct report *r, struct err *e) {
  char *path = path_join(build, outputs[i].name);
  int rc = outfile_open(o, path, e);

  free(path);
  if (rc)
    return -1;
  outputs[i].emit(o->f, r);
  return outfile_close(o, e);
}

/* All temporary files are complete before the first rename, so a write
   error (disk full) leaves the previous outputs as they were. */
static int write_outputs(const char *build, const struct report *r,
                         struct err *e) {
  struct outfile out[N_OUTPUTS] = {{0}};
  size_t i;
  int rc = -1;

  for (i = 0; i < N_OUTPUTS; i++)
    if (render(&out[i], build, i, r, e))
      goto out;
  for (i = 0; i < N_OUTPUTS; i++)
    if (outfile_commit(&out[i], e))
      goto out;
  rc = 0;
out:
  for (i = 0; i < N_OUTPUTS; i++)
    outfile_discard(&out[i]);
  return rc;
}

/* The facts, the identity and the modules of BUILD, each checked. */
int report_load(struct loaded *in, const char *build, const char *srcdir,
                struct err *e) {
  char *fp = path_join(srcdir, "probes/fingerprint.tsv");
  int rc = -1;

  memset(in, 0, sizeof *in);
  if (facts_load(&in->facts, build, e))
    goto out;
  if (fingerprint_load(&in->fp, fp, e))
    goto fail_facts;
  if (modules_load(&in->modules, srcdir, e))
    goto fail_fp;
  if (modules_check(&in->modules, &in->facts, e))
    goto fail_modules;
  /* Facts measured with wasishim say what the shim does, not which libc is
     underneath: such a build names the build it was measured against. */
  if (*in->facts.id.fingerprint_from) {
    struct facts base;

    if (facts_load(&base, in->facts.id.fingerprint_from, e))
      goto fail_modules;
    ident_describe(&in->ident, &base, &in->fp);
    facts_free(&base);
  } else {
    ident_describe(&in->ident, &in->facts, &in->fp);
  }
  in->r = (struct report){&in->facts, &in->ident, &in->modules};
  rc = 0;
  goto out;
fail_modules:
  modules_free(&in->modules);
fail_fp:
  fingerprint_free(&in->fp);
fail_facts:
  facts_free(&in->facts);
out:
  free(fp);
  return rc;
}

void report_unload(struct loaded *in) {
  ident_free(&in->ident);
  modules_free(&in->modules);
  fingerprint_free(&in->fp);
  facts_free(&in->facts);
}

int report_write(const char *build, const char *srcdir, struct err *e) {
  struct loaded in;
  int rc;

  if (report_load(&in, build, srcdir, e))
    return -1;
  rc = make_include_dirs(build, e) ? -1 : write_outputs(build, &in.r, e);
  report_unload(&in);
  return rc;
}
