#include "audit.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "facts.h"
#include "manifest.h"
#include "site.h"
#include "sitefile.h"
#include "summary.h"
#include "util.h"

/* One Site: row of the manifests with its two lines split into name and
   value (NULL for "-"), and the branch this SDK's facts choose. */
struct arule {
  const struct site_rule *r;
  const struct fact *f;     /* the fact shown: the first not measured, else
                           the condition's first */
  char *name[2], *value[2]; /* [0]: when-0, [1]: when-1 */
  int branch;
};

struct finding {
  size_t line; /* 0: about a line the file lacks */
  size_t order;
  char *text;
};

struct audit {
  const struct facts *fs;
  const char *sdk;
  const struct sitefile *file;
  struct arule *rules;
  size_t n_rules;
  struct finding *v;
  size_t n, n_wrong, n_missing, n_check, n_agree;
  char *checked; /* per file assignment: 1 once a rule or a fact judged it */
};

enum kind { WRONG, MISSING, CHECK };
static const char *const kind_name[] = {"wrong", "missing", "check"};

static void finding(struct audit *a, enum kind k, size_t line,
                    struct strbuf *b) {
  a->v = xrealloc(a->v, (a->n + 1) * sizeof *a->v);
  a->v[a->n] = (struct finding){line, a->n, sb_take(b)};
  a->n++;
  if (k == WRONG)
    a->n_wrong++;
  else if (k == MISSING)
    a->n_missing++;
  else
    a->n_check++;
}

static int cmp_finding(const void *x, const void *y) {
  const struct finding *a = x, *b = y;
  size_t la = a->line ? a->line : SIZE_MAX, lb = b->line ? b->line : SIZE_MAX;

  if (la != lb)
    return la < lb ? -1 : 1;
  return a->order < b->order ? -1 : a->order > b->order;
}

/* "[id = 1, measured, detail]": the fact behind a finding. */
static void fact_text(struct strbuf *b, const struct fact *f) {
  if (!f)
    return;
  sb_addf(b, " [%s = %d, %s", f->id, f->value,
          f->measured ? "measured" : "NOT MEASURED");
  if (*f->detail)
    sb_addf(b, ", %s", f->detail);
  sb_add(b, "]");
}

static void begin(struct strbuf *b, const struct audit *a, enum kind k,
                  size_t line) {
  if (line)
    sb_addf(b, "%s:%zu: %s: ", a->file->path, line, kind_name[k]);
  else
    sb_addf(b, "%s: %s: ", a->file->path, kind_name[k]);
}

/* The function an ac_cv_func_ variable is about, or NULL. */
static const char *func_of(const char *var) {
  return !strncmp(var, "ac_cv_func_", 11) ? var + 11 : NULL;
}

static const struct fact *fact_named(const struct audit *a, const char *fmt,
                                     const char *arg, size_t n) {
  struct strbuf b = {0};
  const struct fact *f;
  char *id;

  sb_addf(&b, fmt, (int)n, arg);
  id = sb_take(&b);
  f = facts_find(a->fs, id);
  free(id);
  return f;
}

/* What configure finds for VAR on its own when cross-compiling, from the
   fact that asks the same question the same way: a link test (autoconf's
   own prototype, no header: the `_links` facts), a header that compiles.
   NULL when no fact answers it (a run test, a file on the build machine). */
static const struct fact *configure_answer(const struct audit *a,
                                           const char *var) {
  const char *fn = func_of(var);
  const struct fact *f;

  if (fn) {
    f = fact_named(a, "%.*s_links", fn, strlen(fn));
    /* Where a library also has it, the plain link test is the one
       AC_CHECK_FUNCS does. */
    return f ? f : fact_named(a, "%.*s_links_plain", fn, strlen(fn));
  }
  if (!strncmp(var, "ac_cv_header_", 13))
    return fact_named(a, "header_%.*s", var + 13, strlen(var + 13));
  if (!strncmp(var, "ac_cv_lib_", 10)) {
    /* ac_cv_lib_<lib>_<function>: the fact <function>_links_l<lib>. */
    const char *lib = var + 10, *us = strchr(lib, '_');

    if (us && us[1]) {
      struct strbuf b = {0};
      char *id;

      sb_addf(&b, "%s_links_l%.*s", us + 1, (int)(us - lib), lib);
      id = sb_take(&b);
      f = facts_find(a->fs, id);
      free(id);
      return f;
    }
  }
  return NULL;
}

static const char *yes_no(int v) {
  return v ? "yes" : "no";
}

/* The value configure would cache for var from the fact, or NULL. */
static const char *configure_value(const struct audit *a, const char *var,
                                   const struct fact **f) {
  *f = configure_answer(a, var);
  return *f && (*f)->measured ? yes_no((*f)->value) : NULL;
}

static int is_flags(const char *var) {
  return strncmp(var, "ac_cv_", 6) != 0;
}

static size_t assign_index(const struct audit *a, const struct site_assign *s) {
  return (size_t)(s - a->file->v);
}

/* The file's assignment to var that has exactly this value, for the
   variables a site file adds to (CFLAGS="$CFLAGS ..."), where several lines
   may each add something. */
static const struct site_assign *file_has(const struct audit *a,
                                          const char *var, const char *value) {
  for (size_t i = 0; i < a->file->n; i++)
    if (!strcmp(a->file->v[i].name, var) && !strcmp(a->file->v[i].value, value))
      return &a->file->v[i];
  return NULL;
}

/* Another rule of the same condition whose line the file has: the flags
   line is then an alternative the file did not need (CFLAGS for a configure
   that does not know ac_cv_disable_int_conversion). */
static int sibling_in_file(const struct audit *a, const struct arule *x) {
  for (size_t i = 0; i < a->n_rules; i++) {
    const struct arule *y = &a->rules[i];

    if (y == x || strcmp(y->r->cond, x->r->cond) || !y->name[y->branch])
      continue;
    if (file_has(a, y->name[y->branch], y->value[y->branch]))
      return 1;
  }
  return 0;
}

static void audit_flags(struct audit *a, const struct arule *x) {
  const char *var =
      x->name[x->branch] ? x->name[x->branch] : x->name[!x->branch];
  const struct site_assign *s;
  struct strbuf b = {0};

  if (x->name[x->branch]) {
    s = file_has(a, var, x->value[x->branch]);
    if (s) {
      a->checked[assign_index(a, s)] = 1;
      a->n_agree++;
      return;
    }
    if (sibling_in_file(a, x))
      return;
    begin(&b, a, MISSING, 0);
    sb_addf(&b, "%s: the file lacks a line %s needs", var, a->sdk);
    fact_text(&b, x->f);
    sb_addf(&b, "; add: %s -- %s", x->branch ? x->r->when1 : x->r->when0,
            x->r->reason);
    finding(a, MISSING, 0, &b);
    return;
  }
  s = file_has(a, var, x->value[!x->branch]);
  if (!s)
    return;
  a->checked[assign_index(a, s)] = 1;
  begin(&b, a, CHECK, s->line);
  sb_addf(&b, "%s=%s is not needed on %s", s->name, s->value, a->sdk);
  fact_text(&b, x->f);
  sb_addf(&b, "; drop it -- %s", x->r->reason);
  finding(a, CHECK, s->line, &b);
}

/* The rules of one ac_cv_ variable, first to last: the last line chosen is
   the one in effect, as in the config.site wasishim writes. */
static void audit_var(struct audit *a, const char *var) {
  const struct arule *chosen = NULL, *any = NULL;
  const struct site_assign *s = sitefile_find(a->file, var);
  const struct fact *cf;
  const char *conf = configure_value(a, var, &cf), *fn = func_of(var);
  struct strbuf b = {0};

  for (size_t i = 0; i < a->n_rules; i++) {
    const struct arule *x = &a->rules[i];

    if (x->name[x->branch] && !strcmp(x->name[x->branch], var))
      chosen = x;
    else if (!any && x->name[!x->branch] && !strcmp(x->name[!x->branch], var))
      any = x;
  }
  if (s)
    a->checked[assign_index(a, s)] = 1;

  if (chosen) {
    const char *want = chosen->value[chosen->branch];

    if (s && !strcmp(s->value, want)) {
      a->n_agree++;
      return;
    }
    if (s) {
      begin(&b, a, WRONG, s->line);
      if (fn && !strcmp(s->value, "no") && !strcmp(want, "yes"))
        sb_addf(&b, "%s=no turns off %s, which links and works on %s", var, fn,
                a->sdk);
      else if (fn && !strcmp(s->value, "yes") && !strcmp(want, "no"))
        sb_addf(&b, "%s=yes turns on %s, which does not %s on %s", var, fn,
                conf && !strcmp(conf, "no") ? "link" : "work", a->sdk);
      else
        sb_addf(&b, "%s=%s, but on %s the facts give %s=%s", var, s->value,
                a->sdk, var, want);
      fact_text(&b, chosen->f);
      sb_addf(&b, "; write instead: %s=%s -- %s", var, want, chosen->r->reason);
      finding(a, WRONG, s->line, &b);
      return;
    }
    /* Left to configure, which finds the same: by its own fact, or because
       a function that works on this SDK links. */
    if ((conf && !strcmp(conf, want)) || (fn && !strcmp(want, "yes")))
      return;
    begin(&b, a, MISSING, 0);
    if (fn && !strcmp(want, "no"))
      sb_addf(&b,
              "%s %s on %s, and the file leaves %s to configure's link "
              "test",
              fn, conf ? "links but does not work" : "does not work", a->sdk,
              var);
    else if (!conf && !strncmp(var, "ac_cv_lib_", 10))
      sb_addf(&b,
              "the file leaves %s to configure's link test; on %s it "
              "must be %s",
              var, a->sdk, want);
    else if (conf)
      sb_addf(&b,
              "the file leaves %s to configure, which would find %s=%s; "
              "on %s it must be %s",
              var, var, conf, a->sdk, want);
    else
      sb_addf(&b,
              "the file leaves %s to configure, which cannot find it out "
              "when cross-compiling; on %s it must be %s",
              var, a->sdk, want);
    fact_text(&b, chosen->f);
    if (conf && cf != chosen->f)
      fact_text(&b, cf);
    sb_addf(&b, "; add: %s=%s -- %s", var, want, chosen->r->reason);
    finding(a, MISSING, 0, &b);
    return;
  }

  /* No rule writes a line on this SDK: configure may ask on its own. */
  if (!s || !any)
    return;
  if (conf && !strcmp(conf, s->value)) {
    a->n_agree++;
    return;
  }
  begin(&b, a, CHECK, s->line);
  if (fn && !strcmp(s->value, "no") && conf && !strcmp(conf, "yes"))
    sb_addf(&b,
            "%s=no turns off %s, which links on %s; no probe says "
            "whether it works",
            var, fn, a->sdk);
  else
    sb_addf(&b, "%s=%s: what the line is for does not hold on %s", var,
            s->value, a->sdk);
  fact_text(&b, any->f);
  if (conf && cf != any->f)
    fact_text(&b, cf);
  sb_addf(&b, "; configure would find %s=%s without it -- %s", var,
          conf ? conf : "(unknown)", any->r->reason);
  finding(a, CHECK, s->line, &b);
}

/* A line no rule covers, judged by the fact that asks configure's own
   question (and, for a function, a probe of whether it works). */
static void audit_unruled(struct audit *a, size_t i) {
  const struct site_assign *s = &a->file->v[i];
  const char *fn = func_of(s->name);
  const struct fact *cf, *works = NULL;
  const char *conf = configure_value(a, s->name, &cf);
  struct strbuf b = {0};

  if (sitefile_find(a->file, s->name) != s)
    return; /* a later line overrides it */
  if (fn)
    works = fact_named(a, "%.*s_works", fn, strlen(fn));
  if (works && !works->measured)
    works = NULL;
  if (!conf)
    return;
  a->checked[i] = 1;
  if (fn && !strcmp(conf, "yes") && works) {
    const char *want = yes_no(works->value);

    if (!strcmp(s->value, want)) {
      a->n_agree++;
      return;
    }
    begin(&b, a, WRONG, s->line);
    sb_addf(&b, "%s=%s turns %s %s, which links and %s on %s", s->name,
            s->value, works->value ? "off" : "on", fn,
            works->value ? "works" : "does not work", a->sdk);
    fact_text(&b, cf);
    fact_text(&b, works);
    sb_addf(&b, "; write instead: %s=%s", s->name, want);
    finding(a, WRONG, s->line, &b);
    return;
  }
  if (!strcmp(conf, s->value)) {
    a->n_agree++;
    return;
  }
  if (!strcmp(conf, "no")) {
    begin(&b, a, WRONG, s->line);
    sb_addf(&b, "%s=%s, but %s%s %s on %s", s->name, s->value,
            fn ? "" : "the header ", fn ? fn : s->name + 13,
            fn ? "does not link" : "does not compile", a->sdk);
    fact_text(&b, cf);
    sb_addf(&b, "; write instead: %s=no, or drop the line", s->name);
    finding(a, WRONG, s->line, &b);
    return;
  }
  begin(&b, a, CHECK, s->line);
  sb_addf(&b,
          "%s=%s turns off %s%s, which %s on %s; no probe says whether "
          "it works",
          s->name, s->value, fn ? "" : "the header ", fn ? fn : s->name + 13,
          fn ? "links" : "compiles", a->sdk);
  fact_text(&b, cf);
  sb_add(&b, "; drop the line once it is known to work");
  finding(a, CHECK, s->line, &b);
}

static void load_rules(struct audit *a, const struct modules *m) {
  a->rules = xmalloc((m->nsite ? m->nsite : 1) * sizeof *a->rules);
  for (size_t i = 0; i < m->nsite; i++) {
    const struct site_rule *r = &m->site[i];
    const struct fact *unmeasured = NULL;
    char first[128];
    size_t pos = 0;
    int neg;
    struct arule *x = &a->rules[a->n_rules];
    const char *line[2] = {r->when0, r->when1};
    int ok = 1;

    /* The condition "1" is the same on every SDK: not a fact of this one. */
    if (site_always(r))
      continue;
    memset(x, 0, sizeof *x);
    x->r = r;
    x->branch = site_holds(r, a->fs, &unmeasured);
    x->f = unmeasured;
    if (!x->f && cond_next_fact(r->cond, &pos, first, sizeof first, &neg))
      x->f = facts_find(a->fs, first);
    for (int k = 0; k < 2; k++)
      if (*line[k] && strcmp(line[k], "-") &&
          site_split(line[k], &x->name[k], &x->value[k]))
        ok = 0;
    /* A rule line that is not one assignment cannot be compared. */
    if (!ok || (x->name[0] && x->name[1] && strcmp(x->name[0], x->name[1]))) {
      for (int k = 0; k < 2; k++) {
        free(x->name[k]);
        free(x->value[k]);
      }
      continue;
    }
    a->n_rules++;
  }
}

static const char *rule_var(const struct arule *x) {
  return x->name[0] ? x->name[0] : x->name[1];
}

static void run(struct audit *a) {
  for (size_t i = 0; i < a->n_rules; i++) {
    const char *var = rule_var(&a->rules[i]);
    size_t j;

    if (!var)
      continue;
    if (is_flags(var)) {
      audit_flags(a, &a->rules[i]);
      continue;
    }
    /* Each variable once, at its first rule. */
    for (j = 0; j < i; j++)
      if (rule_var(&a->rules[j]) && !strcmp(rule_var(&a->rules[j]), var))
        break;
    if (j == i)
      audit_var(a, var);
  }
  for (size_t i = 0; i < a->file->n; i++)
    if (!a->checked[i])
      audit_unruled(a, i);
}

static void print(FILE *out, struct audit *a, const struct summary *sum) {
  size_t n_unchecked = 0;

  fprintf(out, "audit-site: %s against %s: %s; run facts measured under %s\n",
          a->file->path, a->sdk, sum->identity,
          *a->fs->id.runner_version ? a->fs->id.runner_version
                                    : "an unknown runtime");
  if (a->n)
    qsort(a->v, a->n, sizeof *a->v, cmp_finding);
  for (size_t i = 0; i < a->n; i++)
    fprintf(out, "%s\n", a->v[i].text);
  fprintf(out,
          "audit-site: %zu findings (%zu wrong, %zu missing, %zu to check); "
          "%zu lines agree with the facts",
          a->n, a->n_wrong, a->n_missing, a->n_check, a->n_agree);
  for (size_t i = 0; i < a->file->n; i++)
    if (!a->checked[i] &&
        sitefile_find(a->file, a->file->v[i].name) == &a->file->v[i]) {
      fprintf(out, "%s %s (line %zu)", n_unchecked++ ? "," : "; no fact covers",
              a->file->v[i].name, a->file->v[i].line);
    }
  for (size_t i = 0; i < a->file->n_unread; i++)
    fprintf(out, "%s%zu", i ? ", " : "; lines not read (not assignments): ",
            a->file->unread[i]);
  fputs("\n", out);
}

int audit_site(FILE *out, const char *build, const char *srcdir,
               const char *site_path, struct err *e) {
  struct facts fs;
  struct summary sum;
  struct modules m;
  struct sitefile file;
  struct audit a;
  int rc = -1;

  /* The site file first: a typo in SITE is the likeliest bad input. */
  if (sitefile_load(&file, site_path, e))
    return -1;
  if (facts_load(&fs, build, e))
    goto out_file;
  if (summary_load(&sum, build, e))
    goto out_facts;
  rc = modules_load(&m, srcdir, e);
  if (rc)
    goto out_sum;
  rc = modules_check(&m, &fs, e);
  if (rc)
    goto out_site;

  memset(&a, 0, sizeof a);
  a.fs = &fs;
  a.sdk = fs.id.sdk_id;
  a.file = &file;
  a.checked = calloc(file.n ? file.n : 1, 1);
  if (!a.checked)
    abort();
  load_rules(&a, &m);
  run(&a);
  print(out, &a, &sum);
  for (size_t i = 0; i < a.n_rules; i++)
    for (int k = 0; k < 2; k++) {
      free(a.rules[i].name[k]);
      free(a.rules[i].value[k]);
    }
  free(a.rules);
  for (size_t i = 0; i < a.n; i++)
    free(a.v[i].text);
  free(a.v);
  free(a.checked);
out_site:
  modules_free(&m);
out_sum:
  summary_free(&sum);
out_facts:
  facts_free(&fs);
out_file:
  sitefile_free(&file);
  return rc;
}
