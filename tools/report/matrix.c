#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "summary.h"
#include "util.h"

/* Every fact id of every SDK, sorted, each once; *n is set to the count. */
static const char **union_of_ids(const struct summary *s, size_t ns,
                                 size_t *n) {
  size_t total = 0, k = 0;
  const char **ids;

  for (size_t i = 0; i < ns; i++)
    total += s[i].n;
  ids = xmalloc(total * sizeof *ids);
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < s[i].n; j++)
      ids[k++] = s[i].v[j].id;
  sort_strings(ids, total);
  *n = 0;
  for (k = 0; k < total; k++)
    if (*n == 0 || strcmp(ids[*n - 1], ids[k]))
      ids[(*n)++] = ids[k];
  return ids;
}

static void header_rows(FILE *out, const struct summary *s, size_t n) {
  fputs("| fact |", out);
  for (size_t i = 0; i < n; i++) {
    fputc(' ', out);
    md_text(out, s[i].sdk_id);
    fputs(" |", out);
  }
  fputs("\n|---|", out);
  for (size_t i = 0; i < n; i++)
    fputs("---|", out);
  fputs("\n| *identity* |", out);
  for (size_t i = 0; i < n; i++) {
    fputc(' ', out);
    md_text(out, s[i].identity);
    fputs(" |", out);
  }
  fputc('\n', out);
}

void print_matrix(FILE *out, const struct summary *s, size_t n) {
  size_t nids;
  const char **ids = union_of_ids(s, n, &nids);

  header_rows(out, s, n);
  for (size_t k = 0; k < nids; k++) {
    fputs("| ", out);
    md_code(out, ids[k]);
    fputs(" |", out);
    for (size_t i = 0; i < n; i++)
      fprintf(out, " %s |", summary_value(summary_find(&s[i], ids[k])));
    fputc('\n', out);
  }
  fputs("\n`1` yes, `0` no; `*` not measured (the run probe could not run, so "
        "the value is its fallback); `-` not probed for that SDK.\n",
        out);
  free(ids);
}
