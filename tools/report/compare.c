#include <string.h>

#include "abi.h"
#include "markdown.h"
#include "summary.h"

static int differs(const struct summary_fact *a, const struct summary_fact *b) {
  return !a || !b || a->value != b->value;
}

static void row(FILE *out, const char *id, const struct summary_fact *a,
                const struct summary_fact *b) {
  fputs("| ", out);
  md_code(out, id);
  fprintf(out, " | %s | %s | ", summary_value(a), summary_value(b));
  md_text(out, a && *a->detects ? a->detects : b ? b->detects : "");
  fputs(" |\n", out);
}

/* The build, the libc it found and the runtime that ran the probes: a fact
   that depends on the runtime differs between two runs of one SDK. */
static void side(FILE *out, const char *name, const struct summary *s) {
  fprintf(out, "- %s: ", name);
  md_code(out, s->sdk_id);
  fputs(", ", out);
  md_text(out, s->identity);
  fputs(", under ", out);
  md_text(out, *s->runner ? s->runner : "an unknown runtime");
  fputs("\n", out);
}

static void heading(FILE *out, const struct summary *a,
                    const struct summary *b) {
  fputs("## ", out);
  md_text(out, a->sdk_id);
  fputs(" compared with ", out);
  md_text(out, b->sdk_id);
  fputs("\n\n", out);
  side(out, "A", a);
  side(out, "B", b);
  fputs("\n| fact | A | B | what it detects |\n|---|---|---|---|\n", out);
}

/* Walks both sorted fact lists at once, like a merge. */
size_t print_compare(FILE *out, const struct summary *a,
                     const struct summary *b) {
  size_t i = 0, j = 0, n = 0;

  heading(out, a, b);
  while (i < a->n || j < b->n) {
    int c = i == a->n ? 1 : j == b->n ? -1 : strcmp(a->v[i].id, b->v[j].id);
    const struct summary_fact *fa = c <= 0 ? &a->v[i++] : NULL;
    const struct summary_fact *fb = c >= 0 ? &b->v[j++] : NULL;

    if (differs(fa, fb)) {
      row(out, fa ? fa->id : fb->id, fa, fb);
      n++;
    }
  }
  {
    struct abi x, y;

    abi_from_summary(&x, a);
    abi_from_summary(&y, b);
    abi_compare_line(out, &x, &y, a->sdk_id, b->sdk_id);
  }
  fprintf(out, "\n%zu facts differ.\n", n);
  return n;
}
