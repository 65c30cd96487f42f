#include "markdown.h"

#include <string.h>

static int is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

/* An underscore inside a word (snake_case) never starts emphasis, so only
   the others need a backslash; that keeps identifiers readable. */
static int needs_escape(const char *s, const char *p) {
  if (*p == '_')
    return !(p > s && is_word(p[-1]) && is_word(p[1]));
  return strchr("\\*<>[]&", *p) != NULL;
}

void md_text(FILE *out, const char *s) {
  int in_code = 0;

  for (const char *p = s; *p; p++) {
    if (*p == '|') {
      fputs("\\|", out); /* also inside code spans, in GFM tables */
      continue;
    }
    if (*p == '`' && (in_code || strchr(p + 1, '`')))
      in_code = !in_code;
    else if (*p == '`' || (!in_code && needs_escape(s, p)))
      fputc('\\', out);
    fputc(*p, out);
  }
}

void md_code(FILE *out, const char *s) {
  fputc('`', out);
  for (; *s; s++) {
    if (*s == '|')
      fputc('\\', out);
    fputc(*s, out);
  }
  fputc('`', out);
}
