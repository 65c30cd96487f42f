#include "report.h"

void report_count(const struct report *r, struct counts *c) {
  const struct catalogue *cat = &r->facts->cat;

  *c = (struct counts){0};
  c->facts = cat->n;
  for (size_t i = 0; i < cat->n; i++) {
    if (cat->v[i].measured)
      c->measured++;
    else
      c->not_run++;
    if (cat->v[i].value)
      c->true_++;
    else
      c->false_++;
  }
}
