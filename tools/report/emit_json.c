#include "report.h"

/* Length of the valid UTF-8 sequence at s (RFC 3629), or 0. */
static size_t utf8_len(const unsigned char *s) {
  unsigned char lo = 0x80, hi = 0xBF;
  size_t n;

  if (s[0] < 0x80)
    return 1;
  if (s[0] >= 0xC2 && s[0] <= 0xDF)
    n = 2;
  else if (s[0] >= 0xE0 && s[0] <= 0xEF)
    n = 3;
  else if (s[0] >= 0xF0 && s[0] <= 0xF4)
    n = 4;
  else
    return 0;
  /* Overlong forms, surrogates and code points above U+10FFFF. */
  if (s[0] == 0xE0)
    lo = 0xA0;
  else if (s[0] == 0xED)
    hi = 0x9F;
  else if (s[0] == 0xF0)
    lo = 0x90;
  else if (s[0] == 0xF4)
    hi = 0x8F;
  if (s[1] < lo || s[1] > hi)
    return 0;
  for (size_t i = 2; i < n; i++)
    if (s[i] < 0x80 || s[i] > 0xBF)
      return 0;
  return n;
}

static void json_char(FILE *out, unsigned char c) {
  switch (c) {
  case '"':
    fputs("\\\"", out);
    break;
  case '\\':
    fputs("\\\\", out);
    break;
  case '\b':
    fputs("\\b", out);
    break;
  case '\f':
    fputs("\\f", out);
    break;
  case '\n':
    fputs("\\n", out);
    break;
  case '\r':
    fputs("\\r", out);
    break;
  case '\t':
    fputs("\\t", out);
    break;
  default:
    if (c < 0x20)
      fprintf(out, "\\u%04x", c);
    else
      fputc(c, out);
  }
}

void json_string(FILE *out, const char *s) {
  const unsigned char *p = (const unsigned char *)s;

  fputc('"', out);
  while (*p) {
    size_t n = utf8_len(p);

    if (n == 0) {
      fputs("\\ufffd", out);
      p++;
    } else if (n == 1) {
      json_char(out, *p++);
    } else {
      fwrite(p, 1, n, out);
      p += n;
    }
  }
  fputc('"', out);
}

/* One "key": value member per line; `last` drops the comma. */
static void member_str(FILE *out, const char *indent, const char *key,
                       const char *value, int last) {
  fprintf(out, "%s\"%s\": ", indent, key);
  json_string(out, value);
  fputs(last ? "\n" : ",\n", out);
}

static void member_str_or_null(FILE *out, const char *indent, const char *key,
                               const char *value, int last) {
  if (*value)
    member_str(out, indent, key, value, last);
  else
    fprintf(out, "%s\"%s\": null%s\n", indent, key, last ? "" : ",");
}

static void member_raw(FILE *out, const char *indent, const char *key,
                       const char *raw, int last) {
  fprintf(out, "%s\"%s\": %s%s\n", indent, key, raw, last ? "" : ",");
}

static void sdk(FILE *out, const struct report *r) {
  const struct identity *id = &r->facts->id;
  const char *in = "    ";

  fputs("  \"sdk\": {\n", out);
  member_str(out, in, "id", id->sdk_id, 0);
  member_str(out, in, "path", id->sdk_dir, 0);
  member_str(out, in, "target", id->target, 0);
  member_str(out, in, "clang", id->clang, 0);
  member_str_or_null(out, in, "version", id->version, 0);
  member_str_or_null(out, in, "wasi_sdk_major", id->wasi_sdk_major, 0);
  member_str(out, in, "identity", r->ident->text, 0);
  member_str(out, in, "identity_source", r->ident->source, 0);
  member_str_or_null(out, in, "identity_mismatch",
                     r->ident->mismatch ? r->ident->mismatch : "", 0);
  member_str_or_null(out, in, "runner", id->runner, 0);
  member_str_or_null(out, in, "runner_version", id->runner_version, 1);
  fputs("  },\n", out);
}

static void fact(FILE *out, const struct fact *f, int last) {
  const char *in = "      ";

  fputs("    {\n", out);
  member_str(out, in, "id", f->id, 0);
  member_str(out, in, "kind", f->kind, 0);
  member_str(out, in, "macro", f->macro, 0);
  member_raw(out, in, "value", f->value ? "1" : "0", 0);
  member_str(out, in, "provenance", f->provenance, 0);
  member_str(out, in, "detail", f->detail, 0);
  member_str(out, in, "detects", f->detects, 0);
  member_str(out, in, "seen", f->seen, 0);
  member_str(out, in, "link", f->link, 0);
  member_str(out, in, "source", f->source, 0);
  /* catalogue_load allows only "", "0" and "1". */
  member_raw(out, in, "fallback", *f->fallback ? f->fallback : "null", 0);
  member_str(out, in, "fallback_why", f->fallback_why, 0);
  member_str(out, in, "bits", f->bits, 1);
  fputs(last ? "    }\n" : "    },\n", out);
}

static void summary(FILE *out, const struct report *r) {
  struct counts c;

  report_count(r, &c);
  fprintf(out,
          "  \"summary\": {\n    \"facts\": %zu,\n    \"measured\": %zu,\n"
          "    \"not_run\": %zu,\n    \"true\": %zu,\n    \"false\": %zu\n"
          "  }\n",
          c.facts, c.measured, c.not_run, c.true_, c.false_);
}

void emit_json(FILE *out, const struct report *r) {
  const struct catalogue *c = &r->facts->cat;

  fputs("{\n  \"schema\": \"wasishim-report/1\",\n", out);
  sdk(out, r);
  fputs("  \"facts\": [\n", out);
  for (size_t i = 0; i < c->n; i++)
    fact(out, &c->v[i], i + 1 == c->n);
  fputs("  ],\n", out);
  summary(out, r);
  fputs("}\n", out);
}
