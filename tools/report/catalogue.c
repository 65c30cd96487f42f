/* opendir, mkdtemp and rename of folders are POSIX, not C11. */
#define _XOPEN_SOURCE 700

#include "catalogue.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tsv.h"
#include "util.h"

/* One probe, hand-written or generated: the catalogue's and the build's
   fields by name. Empty strings where a field is not given. */
struct probe {
  char *id, *kind, *macro, *where, *detects, *seen, *link, *fallback,
      *fallback_why, *bits, *source, *flags, *libs, *hang, *hang_why, *module;
};

struct probes {
  struct probe *v;
  size_t n, cap;
  struct strbuf decls, symbols, headers;
  char *gen; /* OUTDIR's temporary gen/ folder */
};

static struct probe *add(struct probes *ps) {
  if (ps->n == ps->cap) {
    ps->cap = ps->cap ? 2 * ps->cap : 256;
    ps->v = xrealloc(ps->v, ps->cap * sizeof *ps->v);
  }
  memset(&ps->v[ps->n], 0, sizeof ps->v[0]);
  return &ps->v[ps->n++];
}

static void probe_free(struct probe *p) {
  char **all[] = {&p->id,           &p->kind, &p->macro,    &p->where,
                  &p->detects,      &p->seen, &p->link,     &p->fallback,
                  &p->fallback_why, &p->bits, &p->source,   &p->flags,
                  &p->libs,         &p->hang, &p->hang_why, &p->module};

  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    free(*all[i]);
}

static char *upper(const char *prefix, const char *s) {
  struct strbuf b = {0};

  sb_add(&b, prefix);
  for (; *s; s++) {
    char c[2] = {(char)toupper((unsigned char)*s), 0};

    sb_add(&b, c);
  }
  return sb_take(&b);
}

/* ---- the comment block of a hand-written probe ---- */

/* Keys the block may give; others are read and left alone. */
enum {
  K_KIND,
  K_MACRO,
  K_DETECTS,
  K_SEEN,
  K_LINK,
  K_FALLBACK,
  K_BITS,
  K_FLAGS,
  K_LIBS,
  K_HANG,
  K_MODULE,
  N_KEYS
};
static const char *const key_names[N_KEYS] = {
    "Kind", "Macro", "Detects", "Seen", "Link",  "Fallback",
    "Bits", "Flags", "Libs",    "Hang", "Module"};

static int key_index(const char *k, size_t len) {
  for (int i = 0; i < N_KEYS; i++)
    if (strlen(key_names[i]) == len && !strncmp(key_names[i], k, len))
      return i;
  return -1;
}

/* "0", "1", "0, why", "1: why", "0; why": the digit and the why. */
static int split_digit(const char *v, char **digit, char **why) {
  const char *p = v + 1;

  if (v[0] != '0' && v[0] != '1')
    return -1;
  if (*p == ',' || *p == ':' || *p == ';')
    p++;
  while (*p == ' ')
    p++;
  *digit = xstrdup(v[0] == '1' ? "1" : "0");
  *why = xstrdup(p);
  return 0;
}

static int fail(struct err *e, const char *file, const char *why) {
  err_set(e, "probe-catalogue", "%s: %s", file, why);
  return -1;
}

static int is_id(const char *s, size_t len) {
  if (!len)
    return 0;
  for (size_t i = 0; i < len; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
          s[i] == '_'))
      return 0;
  return 1;
}

/* The block's keys: "Key: value" with continuation lines indented. */
static void read_block(char *text, struct strbuf f[N_KEYS], int *mainvoid) {
  int key = -1, in_block = 1, any_key = 0;
  char *line = text, *next;

  (void)any_key;
  for (size_t n = 1; line; line = next, n++) {
    char *l;
    size_t klen;

    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    if (!strncmp(line, "int main(void)", 14))
      *mainvoid = 1;
    if (!in_block)
      continue;
    if (strstr(line, "*/")) {
      in_block = 0;
      continue;
    }
    l = line;
    while (*l == ' ')
      l++;
    if (*l == '*') {
      l++;
      if (*l == ' ')
        l++;
    } else
      l = line;
    for (char *t = l; *t; t++)
      if (*t == '\t')
        *t = ' ';
    klen = 0;
    if (l[0] >= 'A' && l[0] <= 'Z') {
      klen = 1;
      while (l[klen] >= 'a' && l[klen] <= 'z')
        klen++;
      if (klen < 2 || l[klen] != ':')
        klen = 0;
    }
    if (klen) {
      const char *v = l + klen + 1;

      while (*v == ' ')
        v++;
      key = key_index(l, klen);
      if (key >= 0) {
        free(sb_take(&f[key]));
        sb_add(&f[key], v);
      } else
        key = N_KEYS; /* a key of no use here, still continued */
    } else if (key >= 0 && l[0] == ' ' && l[strspn(l, " ")]) {
      if (key < N_KEYS) {
        sb_add(&f[key], " ");
        sb_add(&f[key], l + strspn(l, " "));
      }
    } else
      key = -1;
  }
}

static int hand_written(struct probes *ps, const char *path, const char *name,
                        struct err *e) {
  struct strbuf f[N_KEYS] = {{0}};
  char *text = NULL, *id = NULL;
  size_t len, idlen = strlen(name) - 2;
  const char *v[N_KEYS];
  int mainvoid = 0, rc = -1;
  struct probe *p;
  char *macro = NULL;

  if (!is_id(name, idlen))
    return fail(e, path, "the file name must be [a-z0-9_]+.c");
  if (read_text(path, &text, &len, e))
    return -1;
  if (strncmp(text, "/*", 2)) {
    fail(e, path, "must open with the /* Key: value */ block");
    goto out;
  }
  read_block(text, f, &mainvoid);
  for (int i = 0; i < N_KEYS; i++)
    v[i] = f[i].s ? f[i].s : "";
  id = xstrdup(name);
  id[idlen] = '\0';
  macro = upper("WASISHIM_", id);
  if (strcmp(v[K_KIND], "compile") && strcmp(v[K_KIND], "link") &&
      strcmp(v[K_KIND], "run")) {
    fail(e, path, "Kind must be compile, link or run");
    goto out;
  }
  if (strcmp(v[K_MACRO], macro)) {
    struct strbuf b = {0};
    char *why;

    sb_addf(&b, "Macro must be %s", macro);
    why = sb_take(&b);
    fail(e, path, why);
    free(why);
    goto out;
  }
  if (!*v[K_DETECTS]) {
    fail(e, path, "no Detects:");
    goto out;
  }
  p = add(ps);
  if (*v[K_FALLBACK]) {
    if (split_digit(v[K_FALLBACK], &p->fallback, &p->fallback_why)) {
      ps->n--;
      fail(e, path, "Fallback must start with 0 or 1");
      goto out;
    }
  } else if (!strcmp(v[K_KIND], "run")) {
    ps->n--;
    fail(e, path, "a run probe needs a Fallback:");
    goto out;
  }
  if (*v[K_HANG] && split_digit(v[K_HANG], &p->hang, &p->hang_why)) {
    probe_free(p);
    ps->n--;
    fail(e, path, "Hang must start with 0 or 1");
    goto out;
  }
  /* Module: own, with why; else shared, whose program calls each probe's
     main by name (tools/probe/engine). */
  if (!*v[K_MODULE])
    p->module = xstrdup("shared");
  else if (!strncmp(v[K_MODULE], "own", 3) &&
           (!v[K_MODULE][3] ||
            (strchr(",:;", v[K_MODULE][3]) && v[K_MODULE][4] == ' ')))
    p->module = xstrdup("own");
  else {
    probe_free(p);
    ps->n--;
    fail(e, path, "Module must be own, with why");
    goto out;
  }
  if (strcmp(v[K_KIND], "compile") && !strcmp(p->module, "shared") &&
      !mainvoid) {
    probe_free(p);
    ps->n--;
    fail(e, path,
         "a link or run probe defines int main(void) (or says Module: own)");
    goto out;
  }
  p->id = xstrdup(id);
  p->kind = xstrdup(v[K_KIND]);
  p->macro = xstrdup(v[K_MACRO]);
  {
    struct strbuf b = {0};

    sb_addf(&b, "probes/%s.c", id);
    p->where = sb_take(&b);
    p->source = xstrdup(p->where);
  }
  p->detects = xstrdup(v[K_DETECTS]);
  p->seen = xstrdup(v[K_SEEN]);
  p->link = xstrdup(v[K_LINK]);
  p->bits = xstrdup(v[K_BITS]);
  p->flags = xstrdup(v[K_FLAGS]);
  p->libs = xstrdup(v[K_LIBS]);
  rc = 0;
out:
  for (int i = 0; i < N_KEYS; i++)
    free(sb_take(&f[i]));
  free(text);
  free(id);
  free(macro);
  return rc;
}

/* ---- the two tables: probes generated from a line each ---- */

static const char *opt(const char *x) {
  return strcmp(x, "-") ? x : "";
}

static int emit(struct probes *ps, const char *table, size_t lineno,
                const char *id, const char *kind, const char *detects,
                const char *seen, const char *link, const char *flags,
                const char *body, struct err *e) {
  struct strbuf b = {0};
  char *path;
  FILE *f;
  struct probe *p;

  sb_addf(&b, "%s/%s.c", ps->gen, id);
  path = sb_take(&b);
  f = fopen(path, "w");
  if (!f ||
      fprintf(f, "/* Generated from %s line %zu: %s */\n%s", table, lineno, id,
              body) < 0 ||
      fclose(f)) {
    err_sys(e, errno ? errno : EIO, path, "cannot write");
    free(path);
    return -1;
  }
  free(path);
  p = add(ps);
  p->id = xstrdup(id);
  p->kind = xstrdup(kind);
  p->macro = upper("WASISHIM_", id);
  sb_addf(&b, "probes/%s:%zu", strrchr(table, '/') + 1, lineno);
  p->where = sb_take(&b);
  p->detects = xstrdup(detects);
  p->seen = xstrdup(seen);
  p->link = xstrdup(link);
  p->fallback = xstrdup("");
  p->fallback_why = xstrdup("");
  p->bits = xstrdup("");
  sb_addf(&b, "gen/%s.c", id);
  p->source = sb_take(&b);
  p->flags = xstrdup(flags);
  p->libs = xstrdup("");
  p->hang = xstrdup("");
  p->hang_why = xstrdup("");
  p->module = xstrdup("shared");
  return 0;
}

static int table_line_fail(struct err *e, const char *table, size_t line,
                           size_t want, size_t got) {
  err_set(e, "probe-catalogue",
          "%s:%zu: expected %zu TAB-separated columns, "
          "got %zu",
          table, line, want, got);
  return -1;
}

static int function_row(struct probes *ps, const char *table,
                        const struct tsv_row *r, struct err *e) {
  const char *fn, *hdrs, *type, *flags, *seen, *link;
  struct strbuf b = {0}, d = {0};
  char *id, *body, *detects;
  int rc;

  if (r->nf != 6)
    return table_line_fail(e, table, r->line, 6, r->nf);
  fn = r->f[0], hdrs = r->f[1], type = r->f[2];
  flags = opt(r->f[3]), seen = opt(r->f[4]), link = opt(r->f[5]);
  for (const char *h = hdrs;;) {
    size_t len = strcspn(h, ",");

    sb_addf(&b, "#include <%.*s>\n", (int)len, h);
    if (!h[len])
      break;
    h += len + 1;
  }
  sb_addf(&b, "__typeof__(%s) wasishim_probe = %s;\n", type, fn);
  body = sb_take(&b);
  sb_addf(&b, "%s_declared", fn);
  id = sb_take(&b);
  sb_addf(&d, "<%s> declares %s as %s.", hdrs, fn, type);
  detects = sb_take(&d);
  rc = emit(ps, table, r->line, id, "compile", detects, seen, link, flags, body,
            e);
  if (!rc)
    sb_addf(&ps->decls, "%s\t%s\t%s\t%s\t%s\n", id, fn, type, hdrs, flags);
  free(body);
  free(id);
  free(detects);
  if (rc)
    return rc;
  sb_addf(&b, "char %s(void);\nint main(void) { return %s(); }\n", fn, fn);
  body = sb_take(&b);
  sb_addf(&b, "%s_links", fn);
  id = sb_take(&b);
  sb_addf(&d, "the SDK's libraries define %s (autoconf-style link test).", fn);
  detects = sb_take(&d);
  rc =
      emit(ps, table, r->line, id, "link", detects, seen, link, flags, body, e);
  if (!rc)
    sb_addf(&ps->symbols, "%s\t%s\t%s\n", id, fn, flags);
  free(body);
  free(id);
  free(detects);
  return rc;
}

static int header_row(struct probes *ps, const char *table,
                      const struct tsv_row *r, struct err *e) {
  struct strbuf b = {0};
  char *id, *body, *detects;
  int rc;

  if (r->nf != 4)
    return table_line_fail(e, table, r->line, 4, r->nf);
  sb_add(&b, "header_");
  for (const char *h = r->f[0]; *h; h++) {
    char c[2] = {strchr("/.-", *h) ? '_' : *h, 0};

    sb_add(&b, c);
  }
  id = sb_take(&b);
  if (strcmp(r->f[1], "-"))
    sb_addf(&b, "<%s> can be included (with %s).", r->f[0], r->f[1]);
  else
    sb_addf(&b, "<%s> can be included.", r->f[0]);
  detects = sb_take(&b);
  sb_addf(&b, "#include <%s>\n", r->f[0]);
  body = sb_take(&b);
  rc = emit(ps, table, r->line, id, "compile", detects, opt(r->f[2]),
            opt(r->f[3]), opt(r->f[1]), body, e);
  if (!rc)
    sb_addf(&ps->headers, "%s\t%s\t%s\n", id, r->f[0], opt(r->f[1]));
  free(id);
  free(detects);
  free(body);
  return rc;
}

static int read_table(struct probes *ps, const char *srcdir, const char *name,
                      int functions, struct err *e) {
  char *path = path_join(srcdir, name);
  struct tsv t;
  int rc = 0;

  if (tsv_read(&t, path, 0, e)) {
    free(path);
    return -1;
  }
  for (size_t i = 0; i < t.n && !rc; i++)
    rc = functions ? function_row(ps, path, &t.rows[i], e)
                   : header_row(ps, path, &t.rows[i], e);
  tsv_free(&t);
  free(path);
  return rc;
}

/* ---- the outputs ---- */

static int cmp_probe(const void *a, const void *b) {
  return strcmp(((const struct probe *)a)->id, ((const struct probe *)b)->id);
}

static int put_file(const char *dir, const char *name, const char *text,
                    struct err *e) {
  char *path = path_join(dir, name);
  FILE *f = fopen(path, "w");
  int rc = 0;

  if (!f || fputs(text, f) < 0 || fclose(f)) {
    err_sys(e, errno ? errno : EIO, path, "cannot write");
    rc = -1;
  }
  free(path);
  return rc;
}

/* A table with its header line first. */
static int put_table(const char *dir, const char *name, const char *header,
                     struct strbuf *rows, struct err *e) {
  struct strbuf b = {0};
  char *text;
  int rc;

  sb_add(&b, header);
  sb_add(&b, "\n");
  if (rows->s)
    sb_add(&b, rows->s);
  text = sb_take(&b);
  rc = put_file(dir, name, text, e);
  free(text);
  return rc;
}

static int write_tables(struct probes *ps, const char *dir, struct err *e) {
  struct strbuf cat = {0}, build = {0};
  char *c, *b;
  int rc;

  sb_add(&build, "id\tkind\tsource\tflags\tlibs\thang\thang_why\tfallback\t"
                 "fallback_why\tmodule\n");
  for (size_t i = 0; i < ps->n; i++) {
    const struct probe *p = &ps->v[i];

    sb_addf(&cat, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p->id, p->kind,
            p->macro, p->where, p->detects, p->seen, p->link,
            p->fallback ? p->fallback : "",
            p->fallback_why ? p->fallback_why : "", p->bits);
    sb_addf(&build, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p->id, p->kind,
            p->source, p->flags, p->libs, p->hang ? p->hang : "",
            p->hang_why ? p->hang_why : "", p->fallback ? p->fallback : "",
            p->fallback_why ? p->fallback_why : "", p->module);
  }
  c = sb_take(&cat);
  b = sb_take(&build);
  rc = put_file(dir, "catalogue.tsv", c, e) ||
               put_file(dir, "build.tsv", b, e) ||
               put_table(dir, "decls.tsv", "id\tfunction\ttype\theaders\tflags",
                         &ps->decls, e) ||
               put_table(dir, "symbols.tsv", "id\tfunction\tflags",
                         &ps->symbols, e) ||
               put_table(dir, "headers.tsv", "id\theader\tflags", &ps->headers,
                         e)
           ? -1
           : 0;
  free(c);
  free(b);
  return rc;
}

static int hand_written_all(struct probes *ps, const char *srcdir,
                            struct err *e) {
  char *dir = path_join(srcdir, "probes");
  DIR *d = opendir(dir);
  struct dirent *de;
  const char **names = NULL;
  size_t n = 0;
  int rc = 0;

  if (!d) {
    err_sys(e, errno, dir, "cannot read the probes");
    free(dir);
    return -1;
  }
  while ((de = readdir(d))) {
    size_t len = strlen(de->d_name);

    if (len > 2 && !strcmp(de->d_name + len - 2, ".c")) {
      names = xrealloc(names, (n + 1) * sizeof *names);
      names[n++] = xstrdup(de->d_name);
    }
  }
  closedir(d);
  if (n)
    sort_strings(names, n);
  for (size_t i = 0; i < n; i++) {
    if (!rc) {
      char *path = path_join(dir, names[i]);

      rc = hand_written(ps, path, names[i], e);
      free(path);
    }
    free((char *)names[i]);
  }
  free(names);
  free(dir);
  return rc;
}

static int remove_tree(const char *path) {
  struct stat st;
  DIR *d;
  struct dirent *de;

  if (lstat(path, &st))
    return errno == ENOENT ? 0 : -1;
  if (!S_ISDIR(st.st_mode))
    return unlink(path);
  d = opendir(path);
  if (!d)
    return -1;
  while ((de = readdir(d)))
    if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
      char *p = path_join(path, de->d_name);

      remove_tree(p);
      free(p);
    }
  closedir(d);
  return rmdir(path);
}

int probe_catalogue(const char *srcdir, const char *outdir, struct err *e) {
  struct probes ps = {0};
  struct strbuf b = {0};
  char *tmp, *old;
  size_t len = strlen(outdir);
  int rc = -1;

  while (len > 1 && outdir[len - 1] == '/')
    len--;
  sb_addf(&b, "%.*s.cat.XXXXXX", (int)len, outdir);
  tmp = sb_take(&b);
  sb_addf(&b, "%.*s.old", (int)len, outdir);
  old = sb_take(&b);
  if (!mkdtemp(tmp)) {
    err_sys(e, errno, tmp, "cannot create a folder");
    free(tmp);
    free(old);
    return -1;
  }
  ps.gen = path_join(tmp, "gen");
  if (mkdir(ps.gen, 0777)) {
    err_sys(e, errno, ps.gen, "cannot create a folder");
    goto out;
  }
  if (hand_written_all(&ps, srcdir, e) ||
      read_table(&ps, srcdir, "probes/functions.tsv", 1, e) ||
      read_table(&ps, srcdir, "probes/headers.tsv", 0, e))
    goto out;
  if (ps.n)
    qsort(ps.v, ps.n, sizeof *ps.v, cmp_probe);
  {
    size_t shown = 0;

    for (size_t i = 1; i < ps.n; i++)
      if (!strcmp(ps.v[i - 1].id, ps.v[i].id) &&
          (i < 2 || strcmp(ps.v[i - 2].id, ps.v[i].id)) && shown < 3) {
        sb_addf(&b, "%s ", ps.v[i].id);
        shown++;
      }
    if (shown) {
      char *dups = sb_take(&b);

      err_set(e, "probe-catalogue", "facts defined twice: %s", dups);
      free(dups);
      goto out;
    }
  }
  if (write_tables(&ps, tmp, e))
    goto out;
  remove_tree(old);
  if (access(outdir, F_OK) == 0 && rename(outdir, old)) {
    err_sys(e, errno, outdir, "cannot be replaced");
    goto out;
  }
  if (rename(tmp, outdir)) {
    err_sys(e, errno, outdir, "cannot be put in place");
    goto out;
  }
  remove_tree(old);
  rc = 0;
out:
  if (rc)
    remove_tree(tmp);
  for (size_t i = 0; i < ps.n; i++)
    probe_free(&ps.v[i]);
  free(ps.v);
  free(sb_take(&ps.decls));
  free(sb_take(&ps.symbols));
  free(sb_take(&ps.headers));
  free(ps.gen);
  free(tmp);
  free(old);
  return rc;
}
