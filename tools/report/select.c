/* realpath, open_memstream, opendir and unlink are POSIX, not C11. */
#define _XOPEN_SOURCE 700

#include "select.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cond.h"
#include "outfile.h"
#include "tsv.h"
#include "util.h"
#include "write.h"

/* Lines, each kept once, in the order first given. */
struct lines {
  struct strbuf text;
  const char **seen;
  size_t n, cap;
};

static void line_add(struct lines *l, const char *s, int once) {
  if (once)
    for (size_t i = 0; i < l->n; i++)
      if (!strcmp(l->seen[i], s))
        return;
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 16;
    l->seen = xrealloc(l->seen, l->cap * sizeof *l->seen);
  }
  l->seen[l->n++] = xstrdup(s);
  sb_add(&l->text, s);
  sb_add(&l->text, "\n");
}

static void lines_free(struct lines *l) {
  for (size_t i = 0; i < l->n; i++)
    free((char *)l->seen[i]);
  free(l->seen);
  free(sb_take(&l->text));
  memset(l, 0, sizeof *l);
}

static const char *text_of(struct lines *l) {
  return l->text.s ? l->text.s : "";
}

/* A clang response file line: the argument in single quotes. */
static void rsp_arg(struct strbuf *b, const char *a) {
  sb_add(b, "'");
  for (; *a; a++) {
    char c[2] = {*a, 0};

    sb_add(b, *a == '\'' ? "'\\''" : c);
  }
  sb_add(b, "'\n");
}

/* The argument A B C. */
static void rsp_joined(struct strbuf *out, const char *a, const char *b,
                       const char *c) {
  struct strbuf w = {0};
  char *arg;

  sb_add(&w, a);
  sb_add(&w, b);
  sb_add(&w, c);
  arg = sb_take(&w);
  rsp_arg(out, arg);
  free(arg);
}

static void rsp_lines(struct strbuf *b, const struct lines *l) {
  for (size_t i = 0; i < l->n; i++)
    rsp_arg(b, l->seen[i]);
}

/* Writes BUILD/REL when its text differs from TEXT, so that make sees a
   change only where there is one. */
static int put(const char *build, const char *rel, const char *text,
               struct err *e) {
  char *path = path_join(build, rel), *old = NULL;
  size_t len;
  struct err ignore = {0};
  struct outfile o;
  int rc = 0;

  if (read_text(path, &old, &len, &ignore) == 0 && len == strlen(text) &&
      !strcmp(old, text))
    goto out;
  rc = -1;
  if (outfile_open(&o, path, e))
    goto out;
  fputs(text, o.f);
  if (outfile_close(&o, e) == 0 && outfile_commit(&o, e) == 0)
    rc = 0;
  outfile_discard(&o);
out:
  free(old);
  free(path);
  return rc;
}

static int make_dirs(const char *build, const char *rel, struct err *e) {
  char *path = path_join(build, rel);
  int rc = 0;

  for (char *p = path + strlen(build) + 1;; p++) {
    if (*p == '/' || !*p) {
      char c = *p;

      *p = '\0';
      if (mkdir(path, 0777) && errno != EEXIST) {
        err_sys(e, errno, path, "cannot create the folder");
        rc = -1;
      }
      *p = c;
      if (!c || rc)
        break;
    }
  }
  free(path);
  return rc;
}

/* The files of the separate pkg-config modules are written afresh. */
static int empty_dir(const char *dir, struct err *e) {
  DIR *d = opendir(dir);
  struct dirent *de;
  int rc = 0;

  if (!d) {
    err_sys(e, errno, dir, "cannot read the folder");
    return -1;
  }
  while ((de = readdir(d)) && !rc)
    if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
      char *p = path_join(dir, de->d_name);

      if (unlink(p)) {
        err_sys(e, errno, p, "cannot remove");
        rc = -1;
      }
      free(p);
    }
  closedir(d);
  return rc;
}

/* A flags row's words: -l words are libraries, -mllvm takes the next word
   along, the rest are compiler flags. */
static void flag_words(const char *what, struct lines *cflags,
                       struct lines *libs, int once) {
  char *w = xstrdup(what), *save = NULL;

  for (char *t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
    if (!strncmp(t, "-l", 2))
      line_add(libs, t, once);
    else if (!strcmp(t, "-mllvm")) {
      char *next = strtok_r(NULL, " ", &save);

      line_add(cflags, t, once);
      if (next)
        line_add(cflags, next, once);
    } else
      line_add(cflags, t, once);
  }
  free(w);
}

struct pkg {
  const char *name;
  struct lines cflags, libs;
};

static struct pkg *pkg_of(struct pkg **v, size_t *n, const char *name) {
  for (size_t i = 0; i < *n; i++)
    if (!strcmp((*v)[i].name, name))
      return &(*v)[i];
  *v = xrealloc(*v, (*n + 1) * sizeof **v);
  memset(&(*v)[*n], 0, sizeof **v);
  (*v)[*n].name = name;
  return &(*v)[(*n)++];
}

struct selection {
  struct strbuf defs;
  struct lines sources, cflags, libs, unmeasured, compile_files;
  struct pkg *pkgs;
  size_t npkgs;
};

static void upper(struct strbuf *b, const char *s, int up) {
  for (; *s; s++) {
    char c[2] = {
        (char)(up ? toupper((unsigned char)*s) : tolower((unsigned char)*s)),
        0};
    sb_add(b, c);
  }
}

/* One decision: its shim.h line, its files and flags when it holds, and
   every fact it rests on that was not measured. */
static void decide(struct selection *s, const struct modules *m,
                   const struct decision *d, const struct facts *fs) {
  const struct fact *u;
  int on = cond_holds(d->cond, fs, &u);
  int file = !strcmp(d->kind, "provide") || !strcmp(d->kind, "replace");
  const struct module *mod = modules_find(m, d->module);
  size_t pos = 0;
  char id[128];
  int neg;

  if (file || !strcmp(d->kind, "macro")) {
    sb_addf(&s->defs, "/* %s ", d->kind);
    upper(&s->defs, d->name, 0);
    sb_addf(&s->defs, " (modules/%s): %s */\n#define WASISHIM_", d->module,
            d->cond);
    if (file) {
      upper(&s->defs, d->kind, 1);
      sb_add(&s->defs, "_");
    }
    upper(&s->defs, d->name, 1);
    sb_addf(&s->defs, " %d\n", on);
  }
  while (cond_next_fact(d->cond, &pos, id, sizeof id, &neg)) {
    const struct fact *f = facts_find(fs, id);
    struct strbuf b = {0};
    char *line;

    if (!f || f->measured)
      continue;
    sb_addf(&b,
            "shim: modules/%s: %s %s rests on %s, which was not measured: %s",
            d->module, d->kind, strcmp(d->kind, "flags") ? d->name : d->what,
            id, f->detail);
    line = sb_take(&b);
    line_add(&s->unmeasured, line, 1);
    free(line);
  }
  if (!strcmp(d->kind, "flags") && strcmp(d->name, "-"))
    pkg_of(&s->pkgs, &s->npkgs, d->name);
  if (!on)
    return;
  if (file) {
    for (size_t i = 0; i <= mod->shared.n; i++) {
      const char *f = i ? mod->shared.v[i - 1] : d->what;

      line_add(&s->sources, f, 1);
      if (mod->compile) {
        struct strbuf b = {0};
        char *l;

        sb_addf(&b, "%s\t%s", f, mod->compile);
        l = sb_take(&b);
        line_add(&s->compile_files, l, 1);
        free(l);
      }
    }
  } else if (!strcmp(d->kind, "flags")) {
    if (strcmp(d->name, "-")) {
      struct pkg *p = pkg_of(&s->pkgs, &s->npkgs, d->name);

      flag_words(d->what, &p->cflags, &p->libs, 0);
    } else
      flag_words(d->what, &s->cflags, &s->libs, 1);
  }
}

/* What <wasi/version.h> may say beyond the libc's own header: __wasip1__
   for a p1 target, and the SDK's major version only when its VERSION file
   and its measured libc agree (the report's identity). */
static char *wasi_version_h(const struct loaded *in) {
  const struct identity *id = &in->facts.id;
  const char *t = id->target, *v = id->version, *why;
  struct strbuf b = {0};
  size_t digits = strspn(v, "0123456789");
  int p1 = !strcmp(t, "wasm32-wasi") || !strcmp(t, "wasm32-wasip1") ||
           !strcmp(t, "wasm32-wasi-threads") ||
           !strcmp(t, "wasm32-wasip1-threads");

  sb_addf(&b,
          "/* Written by wasishim-report select for %s: what wasishim's\n"
          "   <wasi/version.h> adds to the libc's "
          "(docs/quirks/wasi-version.md). */\n",
          id->sdk_id);
  if (p1)
    sb_addf(&b,
            "/* The target, %s, is WASI preview 1. */\n"
            "#if !defined(__wasip1__) && !defined(__wasip2__) && "
            "!defined(__wasip3__)\n#define __wasip1__ 1\n#endif\n",
            t);
  else
    sb_addf(&b,
            "/* The target, %s, is not WASI preview 1: nothing to add. */\n",
            t);
  if (!strcmp(in->ident.source, "VERSION") && !in->ident.mismatch && digits &&
      (v[digits] == '.' || !v[digits])) {
    sb_addf(&b,
            "/* VERSION says %s, and the libc's facts agree. */\n"
            "#ifndef __wasi_sdk_major__\n#define __wasi_sdk_major__ %.*s\n"
            "#endif\n",
            v, (int)digits, v);
    return sb_take(&b);
  }
  if (!strcmp(in->ident.source, "VERSION"))
    why = "VERSION says %s, but the libc's facts disagree";
  else if (!strcmp(in->ident.source, "wasi/version.h"))
    why = "the libc's own <wasi/version.h> says it%s";
  else
    why = "the SDK has no VERSION file, and its facts give a range at "
          "best%s";
  sb_add(&b, "/* __wasi_sdk_major__ is left as the libc has it: ");
  sb_addf(&b, why, strcmp(in->ident.source, "VERSION") ? "" : v);
  sb_add(&b, ". */\n");
  return sb_take(&b);
}

static char *shim_h(const struct selection *s) {
  struct strbuf b = {0};

  sb_add(&b, "/* Written by wasishim-report select from the modules "
             "(modules/) and this\n"
             "   SDK's probe results: what wasishim provides or replaces "
             "here. */\n"
             "#ifndef WASISHIM_SHIM_H\n#define WASISHIM_SHIM_H\n");
  if (s->defs.s)
    sb_add(&b, s->defs.s);
  sb_add(&b, "#endif\n");
  return sb_take(&b);
}

static char *absolute(const char *path, struct err *e) {
  char buf[PATH_MAX];

  if (!realpath(path, buf)) {
    err_sys(e, errno, path, "cannot be found");
    return NULL;
  }
  return xstrdup(buf);
}

/* The words of a Compile: value, as response file lines. */
static char *compile_rsp(const char *flags) {
  struct strbuf b = {0};
  char *w = xstrdup(flags), *save = NULL;

  for (char *t = strtok_r(w, " \t", &save); t; t = strtok_r(NULL, " \t", &save))
    rsp_arg(&b, t);
  free(w);
  return sb_take(&b);
}

static int write_pkgs(const char *build, struct selection *s, struct err *e) {
  char *dir = path_join(build, "shim/pkg");
  int rc = make_dirs(build, "shim/pkg", e) || empty_dir(dir, e) ? -1 : 0;

  free(dir);
  for (size_t i = 0; i < s->npkgs && !rc; i++) {
    struct pkg *p = &s->pkgs[i];
    struct lines *l[2] = {&p->cflags, &p->libs};
    const char *ext[2] = {"cflags", "libs"};

    for (int j = 0; j < 2 && !rc; j++) {
      struct strbuf name = {0}, rsp = {0};
      char *n, *r;

      sb_addf(&name, "shim/pkg/%s.%s", p->name, ext[j]);
      n = sb_take(&name);
      rsp_lines(&rsp, l[j]);
      r = sb_take(&rsp);
      rc = put(build, n, text_of(l[j]), e);
      free(n);
      sb_addf(&name, "shim/pkg/%s.%s.rsp", p->name, ext[j]);
      n = sb_take(&name);
      if (!rc)
        rc = put(build, n, r, e);
      free(n);
      free(r);
    }
  }
  return rc;
}

static int write_selection(const char *build, const char *src,
                           const struct loaded *in, struct selection *s,
                           struct err *e) {
  struct strbuf b = {0};
  char *text;
  int rc;

  if (make_dirs(build, "include/wasishim", e) || make_dirs(build, "shim", e))
    return -1;
  text = shim_h(s);
  rc = put(build, "include/wasishim/shim.h", text, e);
  free(text);
  text = wasi_version_h(in);
  rc = rc ? rc : put(build, "include/wasishim/wasi-version.h", text, e);
  free(text);
  rc = rc ? rc : write_pkgs(build, s, e);
  /* Lines "file<TAB>flags": a module's own files with its Compile: flags,
     as the response files mk/shim-lib.mk looks for. */
  for (size_t i = 0; i < s->compile_files.n && !rc; i++) {
    const char *f = s->compile_files.seen[i], *tab = strchr(f, '\t');
    const char *base = strncmp(f, "shim/", 5) ? f : f + 5;
    size_t len = (size_t)(tab - base);
    char *rsp = compile_rsp(tab + 1);

    if (len > 2 && !strncmp(base + len - 2, ".c", 2))
      len -= 2;
    sb_addf(&b, "shim/%.*s.rsp", (int)len, base);
    text = sb_take(&b);
    rc = put(build, text, rsp, e);
    free(text);
    free(rsp);
  }
  if (rc)
    return rc;
  rc = put(build, "shim/sources", text_of(&s->sources), e) ||
       put(build, "shim/cflags", text_of(&s->cflags), e) ||
       put(build, "shim/libs", text_of(&s->libs), e);
  if (rc)
    return -1;
  rsp_lines(&b, &s->cflags);
  text = sb_take(&b);
  rc = put(build, "shim/emulations.rsp", text, e);
  free(text);
  rsp_joined(&b, "-I", src, "/include/wasishim");
  rsp_joined(&b, "-I", build, "/include");
  rsp_lines(&b, &s->cflags);
  text = sb_take(&b);
  rc = rc ? rc : put(build, "shim/cflags.rsp", text, e);
  free(text);
  rsp_joined(&b, "-L", build, "");
  rsp_arg(&b, "-lwasishim");
  rsp_lines(&b, &s->libs);
  text = sb_take(&b);
  rc = rc ? rc : put(build, "shim/libs.rsp", text, e);
  free(text);
  return rc ? rc : put(build, "shim/unmeasured", text_of(&s->unmeasured), e);
}

/* The target macros a later clang predefines (modules/target-macros): where
   the decision ADD_TARGET_MACROS holds (this compiler predefines none), the
   flags define those tools/shim/target-macros.tsv lists for the build's
   target, columns "target", "macro". */
static int target_macros(struct selection *s, const struct loaded *in,
                         const char *src, struct err *e) {
  const struct fact *u;
  struct tsv t;
  char *path;
  int on = 0, rc;

  for (size_t i = 0; i < in->modules.ndec; i++) {
    const struct decision *d = &in->modules.dec[i];

    if (!strcmp(d->kind, "macro") && !strcmp(d->name, "ADD_TARGET_MACROS"))
      on = cond_holds(d->cond, &in->facts, &u);
  }
  if (!on)
    return 0;
  path = path_join(src, "tools/shim/target-macros.tsv");
  rc = tsv_read(&t, path, 0, e);
  free(path);
  if (rc)
    return -1;
  for (size_t i = 0; i < t.n; i++) {
    const struct tsv_row *r = &t.rows[i];
    struct strbuf b = {0};
    char *flag;

    if (tsv_fields(&t, r, 2, 4, e)) {
      tsv_free(&t);
      return -1;
    }
    if (strcmp(tsv_field(r, 0), in->facts.id.target))
      continue;
    sb_addf(&b, "-D%s", tsv_field(r, 1));
    flag = sb_take(&b);
    line_add(&s->cflags, flag, 1);
    free(flag);
  }
  tsv_free(&t);
  return 0;
}

/* A decision of a forced module (tools/test/forced): its Replace rows hold
   (the threads target's guard stays), and a Functions row of a name it also
   replaces does not, so that each file is built one way, as wasishim's
   replacement. */
static struct decision forced(const struct modules *m,
                              const struct decision *d) {
  struct decision f = *d;

  if (!strcmp(d->kind, "replace"))
    f.cond = strstr(d->cond, "!wasm_atomics_defined") ? "!wasm_atomics_defined"
                                                      : "1";
  else if (!strcmp(d->kind, "provide"))
    for (size_t i = 0; i < m->ndec; i++)
      if (!strcmp(m->dec[i].module, d->module) &&
          !strcmp(m->dec[i].kind, "replace") &&
          !strcmp(m->dec[i].name, d->name))
        f.cond = "0";
  return f;
}

static int is_forced(const char *module, char *const *force, size_t nforce) {
  for (size_t i = 0; i < nforce; i++)
    if (!strcmp(force[i], module))
      return 1;
  return 0;
}

int report_select(const char *build_arg, const char *src_arg,
                  char *const *force, size_t nforce, struct err *e) {
  struct loaded in;
  struct selection s = {0};
  char *build = absolute(build_arg, e),
       *src = build ? absolute(src_arg, e) : NULL;
  int rc = -1;

  if (!src)
    goto out;
  if (report_load(&in, build, src, e))
    goto out;
  for (size_t i = 0; i < nforce; i++)
    if (!modules_find(&in.modules, force[i])) {
      err_set(e, src, "--force %s: no such module (modules/%s)", force[i],
              force[i]);
      report_unload(&in);
      goto out;
    }
  for (size_t i = 0; i < in.modules.ndec; i++) {
    const struct decision *d = &in.modules.dec[i];
    struct decision f = forced(&in.modules, d);

    decide(&s, &in.modules, is_forced(d->module, force, nforce) ? &f : d,
           &in.facts);
  }
  rc = target_macros(&s, &in, src, e);
  rc = rc ? rc : write_selection(build, src, &in, &s, e);
  if (!rc)
    fputs(text_of(&s.unmeasured), stdout);
  report_unload(&in);
  free(sb_take(&s.defs));
  lines_free(&s.sources);
  lines_free(&s.cflags);
  lines_free(&s.libs);
  lines_free(&s.unmeasured);
  lines_free(&s.compile_files);
  for (size_t i = 0; i < s.npkgs; i++) {
    lines_free(&s.pkgs[i].cflags);
    lines_free(&s.pkgs[i].libs);
  }
  free(s.pkgs);
out:
  free(build);
  free(src);
  return rc;
}
