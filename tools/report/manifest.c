/* opendir and readdir are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "manifest.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "tsv.h"
#include "util.h"

static void push(struct words *w, const char *s) {
  if (w->n == w->cap) {
    w->cap = w->cap ? 2 * w->cap : 8;
    w->v = xrealloc(w->v, w->cap * sizeof *w->v);
  }
  w->v[w->n++] = s;
}

static const char *own(struct modules *m, char *s) {
  push(&m->owned, s);
  return s;
}

static const char *ownf(struct modules *m, const char *a, const char *b,
                        const char *c) {
  struct strbuf sb = {0};

  sb_add(&sb, a);
  sb_add(&sb, b);
  sb_add(&sb, c);
  return own(m, sb_take(&sb));
}

static int blank(char c) {
  return c == ' ' || c == '\t';
}

/* S without blanks at either end, owned by M. */
static const char *trimmed(struct modules *m, const char *s, size_t len) {
  char *t;

  while (len && blank(*s))
    s++, len--;
  while (len && blank(s[len - 1]))
    len--;
  t = xmalloc(len + 1);
  memcpy(t, s, len);
  t[len] = '\0';
  return own(m, t);
}

/* The blank-separated words of S, appended to W. */
static void split_words(struct modules *m, const char *s, struct words *w) {
  while (*s) {
    size_t len;

    while (blank(*s))
      s++;
    len = strcspn(s, " \t");
    if (len)
      push(w, trimmed(m, s, len));
    s += len;
  }
}

/* One manifest being read. */
struct reader {
  struct modules *m;
  struct module *mod;
  char where[600]; /* modules/<name>:<line> */
  const char *file;
  const char *pkg;
  int nflags, seen_module;
  struct words repl, rcond; /* Replace: names and their conditions */
  struct err *e;
};

static int fail(struct reader *r, size_t line, const char *fmt,
                const char *arg) {
  char msg[512];

  snprintf(r->where, sizeof r->where, "%s:%zu", r->file, line);
  snprintf(msg, sizeof msg, fmt, arg);
  err_set(r->e, r->where, "%s", msg);
  return -1;
}

static int add_decision(struct modules *m, const char *module, const char *kind,
                        const char *name, const char *cond, const char *what) {
  if (m->ndec == m->capdec) {
    m->capdec = m->capdec ? 2 * m->capdec : 32;
    m->dec = xrealloc(m->dec, m->capdec * sizeof *m->dec);
  }
  m->dec[m->ndec++] = (struct decision){module, kind, name, cond, what};
  return 0;
}

static const char *condition(struct reader *r, size_t line, const char *text) {
  const char *why;
  char *c = cond_normalize(text, &why);

  if (!c) {
    struct strbuf b = {0};
    char *msg;

    if (strcmp(why, "an empty condition"))
      sb_addf(&b, "condition \"%s\" %s", text, why);
    else
      sb_add(&b, why);
    msg = sb_take(&b);
    fail(r, line, "%s", msg);
    free(msg);
    return NULL;
  }
  return own(r->m, c);
}

/* "WORDS when CONDITION" */
static int split_when(struct reader *r, size_t line, const char *v,
                      const char **what, const char **cond) {
  const char *w = strstr(v, " when ");

  if (!w)
    return fail(r, line, "%s", "expected \"... when CONDITION\"");
  *what = trimmed(r->m, v, (size_t)(w - v));
  if (!**what)
    return fail(r, line, "%s", "nothing before \"when\"");
  *cond = condition(r, line, w + 6);
  return *cond ? 0 : -1;
}

static int matches_upper_name(const char *s) {
  if (!(*s >= 'A' && *s <= 'Z'))
    return 0;
  for (; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

static int is_pkg_name(const char *s) {
  if (strncmp(s, "wasishim-", 9) || !s[9])
    return 0;
  for (s += 9; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
      return 0;
  return 1;
}

/* "CONDITION | line when it holds | line when not | reason": the last three
   fields are split off, so that the condition may use | itself. */
static int site_row(struct reader *r, size_t line, const char *v) {
  const char *bar[3] = {0};
  struct modules *m = r->m;
  struct site_rule s = {.module = r->mod->name, .line = line};
  const char *c;

  for (const char *p = v; *p; p++)
    if (*p == '|') {
      bar[0] = bar[1];
      bar[1] = bar[2];
      bar[2] = p;
    }
  if (!bar[0] || bar[0] == v)
    return fail(r, line, "%s",
                "Site: condition | line when it holds | line when not | "
                "reason");
  c = trimmed(m, v, (size_t)(bar[0] - v));
  s.when1 = trimmed(m, bar[0] + 1, (size_t)(bar[1] - bar[0] - 1));
  s.when0 = trimmed(m, bar[1] + 1, (size_t)(bar[2] - bar[1] - 1));
  s.reason = trimmed(m, bar[2] + 1, strlen(bar[2] + 1));
  s.cond = strcmp(c, "1") ? condition(r, line, c) : c;
  if (!s.cond)
    return -1;
  if (m->nsite == m->capsite) {
    m->capsite = m->capsite ? 2 * m->capsite : 32;
    m->site = xrealloc(m->site, m->capsite * sizeof *m->site);
  }
  m->site[m->nsite++] = s;
  return 0;
}

static int field(struct reader *r, size_t line, const char *k, const char *v) {
  struct modules *m = r->m;
  struct module *mod = r->mod;
  const char *what, *cond;

  if (!strcmp(k, "Module")) {
    if (strcmp(v, mod->name))
      return fail(r, line, "Module: must be the file name, %s", mod->name);
    r->seen_module = 1;
  } else if (!strcmp(k, "About")) {
  } else if (!strcmp(k, "Reads")) {
    return fail(r, line, "%s",
                "Reads: is no longer written: the facts a module reads are "
                "those its conditions name; remove the line");
  } else if (!strcmp(k, "Functions")) {
    split_words(m, v, &mod->functions);
  } else if (!strcmp(k, "Replace")) {
    struct words w = {0};

    if (split_when(r, line, v, &what, &cond))
      return -1;
    split_words(m, what, &w);
    for (size_t i = 0; i < w.n; i++) {
      push(&r->repl, w.v[i]);
      push(&r->rcond, cond);
    }
    free(w.v);
  } else if (!strcmp(k, "Provide")) {
    struct words w = {0};

    if (split_when(r, line, v, &what, &cond))
      return -1;
    split_words(m, what, &w);
    for (size_t i = 0; i < w.n; i++)
      add_decision(m, mod->name, "provide", w.v[i], cond,
                   ownf(m, "shim/", w.v[i], ".c"));
    free(w.v);
  } else if (!strcmp(k, "Pkg")) {
    if (!is_pkg_name(v))
      return fail(r, line, "%s",
                  "Pkg: a pkg-config module named wasishim-<name>");
    if (r->nflags)
      return fail(r, line, "%s", "Pkg: comes before the module's Flags:");
    r->pkg = v;
  } else if (!strcmp(k, "Compile")) {
    mod->compile = v;
  } else if (!strcmp(k, "Flags")) {
    if (split_when(r, line, v, &what, &cond))
      return -1;
    add_decision(m, mod->name, "flags", r->pkg, cond, what);
    r->nflags++;
  } else if (!strcmp(k, "Macro")) {
    if (split_when(r, line, v, &what, &cond))
      return -1;
    if (!matches_upper_name(what))
      return fail(r, line, "%s", "Macro: a name in upper case, then when");
    add_decision(m, mod->name, "macro", what, cond, "-");
  } else if (!strcmp(k, "Shared")) {
    split_words(m, v, &mod->shared);
  } else if (!strcmp(k, "Header")) {
    split_words(m, v, &mod->headers);
  } else if (!strcmp(k, "Tests")) {
    split_words(m, v, &mod->tests);
  } else if (!strcmp(k, "Doc")) {
    split_words(m, v, &mod->docs);
  } else if (!strcmp(k, "Depends")) {
    split_words(m, v, &mod->depends);
  } else if (!strcmp(k, "Site")) {
    return site_row(r, line, v);
  } else {
    return fail(r, line, "unknown key %s:", k);
  }
  return 0;
}

static int in_words(const struct words *w, const char *s) {
  for (size_t i = 0; i < w->n; i++)
    if (!strcmp(w->v[i], s))
      return 1;
  return 0;
}

/* Functions: are provided where they do not link; a Replace: of one of
   them holds only where it links, in every alternative. */
static int finish(struct reader *r, size_t lines) {
  struct modules *m = r->m;
  struct module *mod = r->mod;

  if (!r->seen_module)
    return fail(r, lines, "%s", "no Module:");
  for (size_t i = 0; i < mod->functions.n; i++) {
    const char *fn = mod->functions.v[i];

    add_decision(m, mod->name, "provide", fn, ownf(m, "!", fn, "_links"),
                 ownf(m, "shim/", fn, ".c"));
  }
  for (size_t i = 0; i < r->repl.n; i++) {
    const char *fn = r->repl.v[i], *c = r->rcond.v[i];

    if (in_words(&mod->functions, fn)) {
      const char *links = ownf(m, fn, "_links", "");

      c = own(m, cond_and_each(c, links));
    }
    add_decision(m, mod->name, "replace", fn, c, ownf(m, "shim/", fn, ".c"));
  }
  return 0;
}

static int is_module_name(const char *s) {
  if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
      return 0;
  return 1;
}

static int is_key_line(const char *l, size_t *klen) {
  size_t i = 1;

  if (!(l[0] >= 'A' && l[0] <= 'Z'))
    return 0;
  while ((l[i] >= 'a' && l[i] <= 'z') || l[i] == '-')
    i++;
  *klen = i;
  return l[i] == ':';
}

static int read_manifest(struct reader *r, char *text) {
  struct strbuf val = {0};
  char key[64] = "";
  size_t keyline = 0, lineno = 0;
  int rc = 0;
  char *line = text, *next;

  /* Each field is handled once its value is whole. */
#define FLUSH()                                                                \
  do {                                                                         \
    if (*key) {                                                                \
      rc = field(r, keyline, key, own(r->m, sb_take(&val)));                   \
      *key = '\0';                                                             \
      if (rc)                                                                  \
        goto out;                                                              \
    }                                                                          \
  } while (0)
  for (; line && *line; line = next) {
    size_t klen, len;

    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    len = strlen(line);
    if (len && line[len - 1] == '\r')
      line[--len] = '\0';
    lineno++;
    if (line[0] == '#' || !line[strspn(line, " \t")]) {
      FLUSH();
    } else if (is_key_line(line, &klen)) {
      FLUSH();
      if (klen >= sizeof key)
        klen = sizeof key - 1;
      memcpy(key, line, klen);
      key[klen] = '\0';
      keyline = lineno;
      line += strlen(key) + 1;
      sb_add(&val, line + strspn(line, " \t"));
    } else if (blank(line[0])) {
      if (!*key) {
        rc = fail(r, lineno, "%s", "a continued line with nothing to continue");
        goto out;
      }
      sb_add(&val, " ");
      sb_add(&val, line + strspn(line, " \t"));
    } else {
      rc = fail(r, lineno, "%s",
                "expected \"Key: value\" or an indented continuation");
      goto out;
    }
  }
  FLUSH();
#undef FLUSH
  rc = finish(r, lineno);
out:
  free(sb_take(&val));
  return rc;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int list_manifests(const char *dir, struct words *names, struct err *e) {
  DIR *d = opendir(dir);
  struct dirent *de;

  if (!d) {
    err_sys(e, errno, dir, "cannot read the module manifests");
    return -1;
  }
  while ((de = readdir(d)))
    if (de->d_name[0] != '.')
      push(names, xstrdup(de->d_name));
  closedir(d);
  if (names->n)
    qsort(names->v, names->n, sizeof *names->v, cmp_str);
  else
    err_set(e, dir, "no module manifests");
  return names->n ? 0 : -1;
}

/* Every fact a module's decisions and config.site rows name, sorted. */
static void compute_reads(struct modules *m, struct module *mod) {
  char id[128];
  int neg;

  for (size_t i = 0; i < m->ndec + m->nsite; i++) {
    const char *owner =
        i < m->ndec ? m->dec[i].module : m->site[i - m->ndec].module;
    const char *c = i < m->ndec ? m->dec[i].cond : m->site[i - m->ndec].cond;
    size_t pos = 0;

    if (strcmp(owner, mod->name))
      continue;
    while (cond_next_fact(c, &pos, id, sizeof id, &neg))
      if (!in_words(&mod->reads, id))
        push(&mod->reads, own(m, xstrdup(id)));
  }
  if (mod->reads.n)
    qsort(mod->reads.v, mod->reads.n, sizeof *mod->reads.v, cmp_str);
}

/* A symbol is decided by one module only; Depends: names other modules. */
static int check_all(struct modules *m, struct err *e) {
  for (size_t i = 0; i < m->ndec; i++) {
    const struct decision *a = &m->dec[i];

    if (strcmp(a->kind, "provide") && strcmp(a->kind, "replace"))
      continue;
    for (size_t j = 0; j < i; j++)
      if (!strcmp(m->dec[j].kind, a->kind) &&
          !strcmp(m->dec[j].name, a->name)) {
        err_set(e, "modules", "decided twice: %s (%s, %s)", a->name,
                m->dec[j].module, a->module);
        return -1;
      }
  }
  for (size_t i = 0; i < m->n; i++)
    for (size_t j = 0; j < m->v[i].depends.n; j++) {
      const char *d = m->v[i].depends.v[j];

      if (!modules_find(m, d) || !strcmp(d, m->v[i].name)) {
        err_set(e, "modules", "%s: Depends: %s is no other module",
                m->v[i].name, d);
        return -1;
      }
    }
  return 0;
}

int modules_load(struct modules *m, const char *srcdir, struct err *e) {
  char *dir = path_join(srcdir, "modules");
  struct words names = {0};
  int rc = -1;

  memset(m, 0, sizeof *m);
  if (list_manifests(dir, &names, e))
    goto out;
  m->v = xmalloc(names.n * sizeof *m->v);
  for (size_t i = 0; i < names.n; i++) {
    struct reader r = {.m = m, .pkg = "-", .e = e};
    char *path = path_join(dir, names.v[i]), *text;
    size_t len;
    int bad;

    r.mod = &m->v[m->n++];
    memset(r.mod, 0, sizeof *r.mod);
    r.mod->name = own(m, xstrdup(names.v[i]));
    r.file = ownf(m, "modules/", names.v[i], "");
    if (!is_module_name(r.mod->name)) {
      free(path);
      fail(&r, 1, "%s", "a manifest is named [a-z0-9-]+");
      goto out;
    }
    bad = read_text(path, &text, &len, e);
    free(path);
    if (bad)
      goto out;
    bad = read_manifest(&r, text);
    free(text);
    free(r.repl.v);
    free(r.rcond.v);
    if (bad)
      goto out;
  }
  if (check_all(m, e))
    goto out;
  for (size_t i = 0; i < m->n; i++)
    compute_reads(m, &m->v[i]);
  rc = 0;
out:
  for (size_t i = 0; i < names.n; i++)
    free((char *)names.v[i]);
  free(names.v);
  free(dir);
  if (rc)
    modules_free(m);
  return rc;
}

void modules_free(struct modules *m) {
  for (size_t i = 0; i < m->n; i++) {
    struct module *mod = &m->v[i];
    struct words *all[] = {&mod->functions, &mod->shared, &mod->headers,
                           &mod->tests,     &mod->docs,   &mod->depends,
                           &mod->reads};

    for (size_t j = 0; j < sizeof all / sizeof all[0]; j++)
      free(all[j]->v);
  }
  for (size_t i = 0; i < m->owned.n; i++)
    free((char *)m->owned.v[i]);
  free(m->owned.v);
  free(m->v);
  free(m->dec);
  free(m->site);
  memset(m, 0, sizeof *m);
}

const struct module *modules_find(const struct modules *m, const char *name) {
  for (size_t i = 0; i < m->n; i++)
    if (!strcmp(m->v[i].name, name))
      return &m->v[i];
  return NULL;
}
