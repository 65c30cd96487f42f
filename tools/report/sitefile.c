#include "sitefile.h"

#include <stdlib.h>
#include <string.h>

#include "tsv.h"
#include "util.h"

static int is_blank(char c) {
  return c == ' ' || c == '\t';
}

static int name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9');
}

/* One shell word, unquoted into b, up to an unquoted blank or ';'. `$` stays
   as written: a site file's "$CFLAGS -W..." is compared as text, never
   expanded. Fails on what only evaluation could answer (pipes, redirections,
   subshells, backquotes) and on an unclosed quote. */
static int word(const char **pp, struct strbuf *b) {
  const char *p = *pp;

  sb_add(b, "");
  while (*p && !is_blank(*p) && *p != ';') {
    if (*p == '\'') {
      const char *q = strchr(p + 1, '\'');

      if (!q)
        return -1;
      sb_addf(b, "%.*s", (int)(q - p - 1), p + 1);
      p = q + 1;
    } else if (*p == '"') {
      for (p++; *p && *p != '"'; p++) {
        if (*p == '`')
          return -1;
        if (*p == '\\' && p[1] && strchr("$`\"\\", p[1]))
          p++;
        sb_addf(b, "%c", *p);
      }
      if (!*p)
        return -1;
      p++;
    } else if (*p == '\\') {
      if (!p[1])
        return -1;
      sb_addf(b, "%c", p[1]);
      p += 2;
    } else if (strchr("|&<>()`", *p)) {
      return -1;
    } else {
      sb_addf(b, "%c", *p++);
    }
  }
  *pp = p;
  return 0;
}

static void add(struct sitefile *s, size_t *cap, size_t line, char *name,
                char *value) {
  if (s->n == *cap) {
    *cap = *cap ? 2 * *cap : 64;
    s->v = xrealloc(s->v, *cap * sizeof *s->v);
  }
  s->v[s->n++] = (struct site_assign){line, name, value};
}

/* The assignments of one logical line, added to s; 0 when the line holds
   nothing else, else -1 and s as it was. */
static int parse_line(const char *p, size_t line, struct sitefile *s,
                      size_t *cap) {
  size_t first = s->n;
  struct strbuf b = {0};

  for (;;) {
    const char *n;

    while (is_blank(*p))
      p++;
    if (!*p || *p == '#')
      return 0;
    if (*p == ';') {
      p++;
      continue;
    }
    if (!strncmp(p, "export", 6) && is_blank(p[6])) {
      p += 6;
      continue;
    }
    if (!name_start(*p))
      break;
    for (n = p; name_char(*n); n++)
      ;
    if (*n != '=')
      break;
    {
      const char *end = n + 1;
      char *name;

      if (word(&end, &b))
        break;
      name = xmalloc((size_t)(n - p) + 1);
      memcpy(name, p, (size_t)(n - p));
      name[n - p] = '\0';
      add(s, cap, line, name, sb_take(&b));
      p = end;
    }
  }
  free(sb_take(&b));
  while (s->n > first) {
    s->n--;
    free(s->v[s->n].name);
    free(s->v[s->n].value);
  }
  return -1;
}

static void add_unread(struct sitefile *s, size_t line) {
  s->unread = xrealloc(s->unread, (s->n_unread + 1) * sizeof *s->unread);
  s->unread[s->n_unread++] = line;
}

int sitefile_load(struct sitefile *s, const char *path, struct err *e) {
  char *text;
  size_t len, cap = 0, lineno = 0, start = 0;
  struct strbuf logical = {0};

  memset(s, 0, sizeof *s);
  if (read_text(path, &text, &len, e))
    return -1;
  if (strlen(text) != len) {
    err_set(e, path, "not a text file (it holds a NUL byte)");
    free(text);
    return -1;
  }
  s->path = xstrdup(path);
  for (char *p = text; *p || logical.len;) {
    char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);

    if (n && p[n - 1] == '\r')
      n--;
    lineno++;
    if (!logical.len)
      start = lineno;
    /* A trailing backslash joins the next line, as sh reads it. */
    if (n && p[n - 1] == '\\' && nl) {
      sb_addf(&logical, "%.*s", (int)(n - 1), p);
      if (!logical.len)
        sb_add(&logical, " ");
      p = nl + 1;
      continue;
    }
    sb_addf(&logical, "%.*s", (int)n, p);
    {
      char *l = sb_take(&logical);

      if (parse_line(l, start, s, &cap))
        add_unread(s, start);
      free(l);
    }
    if (!nl)
      break;
    p = nl + 1;
  }
  free(text);
  return 0;
}

void sitefile_free(struct sitefile *s) {
  for (size_t i = 0; i < s->n; i++) {
    free(s->v[i].name);
    free(s->v[i].value);
  }
  free(s->v);
  free(s->unread);
  free(s->path);
  memset(s, 0, sizeof *s);
}

const struct site_assign *sitefile_find(const struct sitefile *s,
                                        const char *name) {
  for (size_t i = s->n; i-- > 0;)
    if (!strcmp(s->v[i].name, name))
      return &s->v[i];
  return NULL;
}

int site_split(const char *line, char **name, char **value) {
  struct sitefile s = {0};
  size_t cap = 0;

  if (parse_line(line, 1, &s, &cap) || s.n != 1) {
    sitefile_free(&s);
    return -1;
  }
  *name = s.v[0].name;
  *value = s.v[0].value;
  free(s.v);
  return 0;
}
