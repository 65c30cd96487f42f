#include "cond.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

char *cond_normalize(const char *text, const char **why) {
  struct strbuf b = {0};
  char *c;
  const char *p;

  for (p = text; *p; p++)
    if (*p != ' ' && *p != '\t') {
      char s[2] = {*p, 0};
      sb_add(&b, s);
    }
  c = sb_take(&b);
  *why = NULL;
  if (!*c)
    *why = "an empty condition";
  /* term ([&|] term)*, a term being !?[a-z0-9_]+ */
  for (p = c; *p && !*why;) {
    p += *p == '!';
    if (!is_id_char(*p))
      *why = "is not facts joined by & and |";
    while (is_id_char(*p))
      p++;
    if (*p == '&' || *p == '|') {
      p++;
      if (!*p)
        *why = "is not facts joined by & and |";
    } else if (*p)
      *why = "is not facts joined by & and |";
  }
  if (*why) {
    free(c);
    return NULL;
  }
  return c;
}

static int is_constant(const char *t, size_t len) {
  return len == 1 && (t[0] == '0' || t[0] == '1');
}

int cond_next_fact(const char *cond, size_t *pos, char *buf, size_t size,
                   int *neg) {
  while (cond[*pos]) {
    const char *t = cond + *pos;
    size_t len = strcspn(t, "&|");

    *pos += len + (t[len] ? 1 : 0);
    *neg = t[0] == '!';
    t += *neg;
    len -= (size_t)*neg;
    if (is_constant(t, len))
      continue;
    if (len >= size)
      len = size - 1;
    memcpy(buf, t, len);
    buf[len] = '\0';
    return 1;
  }
  return 0;
}

/* One term, "fact" or "!fact", of LEN characters. */
static int term(const char *t, size_t len, const struct facts *fs,
                const struct fact **unmeasured) {
  int neg = len && t[0] == '!';
  char id[128];
  const struct fact *f;

  t += neg;
  len -= (size_t)neg;
  if (is_constant(t, len))
    return neg ^ (t[0] == '1');
  if (len >= sizeof id)
    len = sizeof id - 1;
  memcpy(id, t, len);
  id[len] = '\0';
  f = facts_find(fs, id);
  if (f && !f->measured && !*unmeasured)
    *unmeasured = f;
  return neg ^ (f && f->value);
}

/* Alternatives joined by '|', each terms joined by '&' that must all hold. */
int cond_holds(const char *cond, const struct facts *fs,
               const struct fact **unmeasured) {
  int v = 0, all = 1;

  *unmeasured = NULL;
  for (const char *p = cond;;) {
    size_t len = strcspn(p, "&|");

    all = term(p, len, fs, unmeasured) && all;
    if (p[len] != '&') {
      v = v || all;
      all = 1;
    }
    if (!p[len])
      break;
    p += len + 1;
  }
  return v;
}

int cond_check(const char *cond, const struct facts *fs, const char *where,
               struct err *e) {
  size_t pos = 0;
  char id[128];
  int neg;

  while (cond_next_fact(cond, &pos, id, sizeof id, &neg))
    if (!facts_find(fs, id)) {
      err_set(e, where, "condition '%s' names %s, no fact in the catalogue",
              cond, id);
      return -1;
    }
  return 0;
}

size_t cond_count(const char *cond) {
  size_t pos = 0, n = 0;
  char id[128];
  int neg;

  while (cond_next_fact(cond, &pos, id, sizeof id, &neg))
    n++;
  return n;
}

char *cond_and_each(const char *cond, const char *fact) {
  struct strbuf b = {0};

  for (const char *p = cond;; p++) {
    size_t len = strcspn(p, "|");

    sb_addf(&b, "%s%s&%.*s", p == cond ? "" : "|", fact, (int)len, p);
    p += len;
    if (!*p)
      break;
  }
  return sb_take(&b);
}
