#include <string.h>

#include "abi.h"
#include "cond.h"
#include "markdown.h"
#include "report.h"

static const char *or_unknown(const char *s) {
  return *s ? s : "unknown";
}

static void summary(FILE *out, const struct report *r) {
  struct counts c;

  report_count(r, &c);
  md_text(out, r->ident->text);
  fputs("; target ", out);
  md_code(out, or_unknown(r->facts->id.target));
  fputs("; clang ", out);
  md_text(out, or_unknown(r->facts->id.clang));
  fputs("; runtime ", out);
  md_text(out, or_unknown(r->facts->id.runner_version));
  fprintf(out, "; %zu facts, %zu measured, %zu not run.\n", c.facts, c.measured,
          c.not_run);
  {
    struct abi a;

    abi_from_facts(&a, r->facts);
    abi_md_line(out, &a);
  }
  if (r->ident->mismatch) {
    fputs("\n**The identity sources disagree:** ", out);
    md_text(out, r->ident->mismatch);
    fputs(".\n", out);
  }
}

static void heading(FILE *out, int *any) {
  if (!(*any)++)
    fputs("\n## Decisions resting on facts that were not measured\n\n"
          "| decision | taken | fact | value used, and where it came from |\n"
          "|---|---|---|---|\n",
          out);
}

/* The config.site lines and the shim's choices that rest on a value the
   probes could not measure: what a reader must not take as measured. */
static void unmeasured(FILE *out, const struct report *r) {
  int any = 0;
  const struct modules *m = r->modules;

  for (size_t i = 0; i < m->ndec; i++) {
    const struct decision *d = &m->dec[i];
    const struct fact *f;
    int on = cond_holds(d->cond, r->facts, &f);

    if (!f)
      continue;
    heading(out, &any);
    fputs("| ", out);
    md_text(out, d->kind);
    fputc(' ', out);
    md_code(out, strcmp(d->kind, "flags") ? d->name : d->what);
    fputs(" (modules/", out);
    md_text(out, d->module);
    fprintf(out, ") | %s | ", on ? "yes" : "no");
    md_code(out, f->id);
    fprintf(out, " | %d: ", f->value);
    md_text(out, f->detail);
    fputs(" |\n", out);
  }

  for (size_t i = 0; i < m->nsite; i++) {
    const struct site_rule *s = &m->site[i];
    const struct fact *f;
    const char *line = site_line(s, r->facts, &f);

    if (!f || !line || site_fixed(s))
      continue;
    heading(out, &any);
    fputs("| config.site ", out);
    md_code(out, line);
    fputs(" | yes | ", out);
    md_code(out, f->id);
    fprintf(out, " | %d: ", f->value);
    md_text(out, f->detail);
    fputs(" |\n", out);
  }
}

static void row(FILE *out, const struct fact *f) {
  fputs("| ", out);
  md_code(out, f->id);
  fprintf(out, " | %d | %s | ", f->value, f->provenance);
  md_text(out, f->detail);
  fputs(" | ", out);
  md_text(out, f->detects);
  fputs(" |\n", out);
}

void emit_md(FILE *out, const struct report *r) {
  const struct catalogue *c = &r->facts->cat;

  fputs("# wasishim report: ", out);
  md_text(out, r->facts->id.sdk_id);
  fputs("\n\n", out);
  summary(out, r);
  unmeasured(out, r);
  fputs("\n| fact | value | provenance | detail | what it detects |\n"
        "|---|---|---|---|---|\n",
        out);
  for (size_t i = 0; i < c->n; i++)
    row(out, &c->v[i]);
}
