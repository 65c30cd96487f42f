#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "catalogue.h"
#include "err.h"
#include "manifest.h"
#include "select.h"
#include "table.h"
#include "summary.h"
#include "util.h"
#include "write.h"

/* Every summary is loaded before anything is printed, so a bad BUILD gives
   one error line and no partial table. */
static int load_all(struct summary *s, char **builds, size_t n, struct err *e) {
  for (size_t i = 0; i < n; i++)
    if (summary_load(&s[i], builds[i], e)) {
      while (i--)
        summary_free(&s[i]);
      return -1;
    }
  return 0;
}

static int cmd_matrix(char **builds, size_t n, struct err *e) {
  struct summary *s = xmalloc(n * sizeof *s);

  if (load_all(s, builds, n, e)) {
    free(s);
    return -1;
  }
  print_matrix(stdout, s, n);
  for (size_t i = 0; i < n; i++)
    summary_free(&s[i]);
  free(s);
  return 0;
}

static int cmd_compare(char **builds, struct err *e) {
  struct summary s[2];

  if (load_all(s, builds, 2, e))
    return -1;
  print_compare(stdout, &s[0], &s[1]);
  summary_free(&s[0]);
  summary_free(&s[1]);
  return 0;
}

/* `modules SRCDIR TABLE [COLUMN...]`: a table of the manifests. */
static int cmd_modules(const char *src, const char *name, char **cols, size_t n,
                       struct err *e) {
  struct modules m;
  struct table t;
  int rc;

  if (modules_load(&m, src, e))
    return -1;
  rc = modules_table(&t, &m, name, e);
  if (!rc)
    rc = table_print(stdout, &t, cols, n, name, e);
  table_free(&t);
  modules_free(&m);
  return rc;
}

/* `cut FILE [COLUMN...]`: named columns of a table whose first line names
   them (the catalogue's build.tsv), or of catalogue.tsv or report.tsv,
   whose columns this tool knows (table.c). */
static int cmd_cut(const char *path, char **cols, size_t n, struct err *e) {
  struct table t;
  int rc;

  if (file_table(&t, path, e))
    return -1;
  rc = table_print(stdout, &t, cols, n, path, e);
  table_free(&t);
  return rc;
}

static int flush_stdout(struct err *e) {
  if (fflush(stdout) == 0 && !ferror(stdout))
    return 0;
  err_sys(e, errno ? errno : EIO, "<stdout>", "cannot write");
  return -1;
}

int main(int argc, char **argv) {
  struct err e = {0};
  const char *cmd = argc > 1 ? argv[1] : "";
  int rc;

  if (!strcmp(cmd, "write") && argc == 4)
    rc = report_write(argv[2], argv[3], &e);
  else if (!strcmp(cmd, "catalogue") && argc == 4)
    rc = probe_catalogue(argv[2], argv[3], &e);
  else if (!strcmp(cmd, "select") && argc == 4)
    rc = report_select(argv[2], argv[3], NULL, 0, &e);
  else if (!strcmp(cmd, "select") && argc > 5 && !strcmp(argv[4], "--force"))
    rc = report_select(argv[2], argv[3], argv + 5, (size_t)argc - 5, &e);
  else if (!strcmp(cmd, "modules") && argc >= 4)
    rc = cmd_modules(argv[2], argv[3], argv + 4, (size_t)argc - 4, &e);
  else if (!strcmp(cmd, "cut") && argc >= 3)
    rc = cmd_cut(argv[2], argv + 3, (size_t)argc - 3, &e);
  else if (!strcmp(cmd, "matrix") && argc >= 3)
    rc = cmd_matrix(argv + 2, (size_t)argc - 2, &e);
  else if (!strcmp(cmd, "compare") && argc == 4)
    rc = cmd_compare(argv + 2, &e);
  else if (!strcmp(cmd, "audit-site") && argc == 5)
    rc = audit_site(stdout, argv[2], argv[3], argv[4], &e);
  else {
    fputs("wasishim-report: usage: wasishim-report write BUILD SRCDIR | "
          "catalogue SRCDIR OUTDIR | select BUILD SRCDIR [--force MODULE...] | "
          "modules SRCDIR TABLE [COLUMN...] | "
          "cut FILE [COLUMN...] | matrix BUILD... | compare BUILD_A BUILD_B | "
          "audit-site BUILD SRCDIR SITE\n",
          stderr);
    return 2;
  }
  if (rc == 0)
    rc = flush_stdout(&e);
  if (rc)
    fprintf(stderr, "wasishim-report: %s\n", e.msg);
  return rc ? 1 : 0;
}
