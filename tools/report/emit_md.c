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
  fprintf(out, "; %zu facts, %zu measured, %zu not run.\n", c.facts, c.measured,
          c.not_run);
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
  fputs("\n| fact | value | provenance | detail | what it detects |\n"
        "|---|---|---|---|---|\n",
        out);
  for (size_t i = 0; i < c->n; i++)
    row(out, &c->v[i]);
}
