#include "report.h"

void emit_tsv(FILE *out, const struct report *r) {
  const struct identity *id = &r->facts->id;
  const struct catalogue *c = &r->facts->cat;

  /* "# key<TAB>value" so that matrix and compare can read them back. */
  fputs("# wasishim-report/1: id, value, provenance, detail per fact\n", out);
  fprintf(out, "# sdk_id\t%s\n", id->sdk_id);
  fprintf(out, "# identity\t%s\n", r->ident->text);
  fprintf(out, "# identity_source\t%s\n", r->ident->source);
  if (r->ident->mismatch)
    fprintf(out, "# identity_mismatch\t%s\n", r->ident->mismatch);
  fprintf(out, "# runner\t%s\n", id->runner_version);
  fprintf(out, "# target\t%s\n", id->target);
  fprintf(out, "# clang\t%s\n", id->clang);
  for (size_t i = 0; i < c->n; i++)
    fprintf(out, "%s\t%d\t%s\t%s\n", c->v[i].id, c->v[i].value,
            c->v[i].provenance, c->v[i].detail);
}
