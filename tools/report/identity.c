#include "identity.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The leading number of a version ("25.0" -> 25), or -1. */
static int major_of(const char *v) {
  int n = 0, digits = 0;

  for (; *v >= '0' && *v <= '9' && digits < 5; v++, digits++)
    n = n * 10 + (*v - '0');
  return digits ? n : -1;
}

/* "of wasi-sdk 26 or 27 (fingerprint: ...)" as the end of "its libc
   measures as ...": "that of wasi-sdk 26 or 27". */
static void add_measured_as(struct strbuf *m, const char *facts) {
  const char *s = facts ? facts : "wasi-libc of an unknown wasi-sdk";
  const char *end = strstr(s, " (fingerprint");
  int n;

  if (!strncmp(s, "wasi-libc ", 10))
    s += 10;
  n = end && end > s ? (int)(end - s) : (int)strlen(s);
  sb_addf(m, "%s%.*s", strncmp(s, "of ", 3) ? "" : "that ", n, s);
}

/* The SDK's own word names it exactly, but can be wrong (a VERSION file
   copied with the wrong libc): the facts are measured, so each source is
   shown, and a disagreement said in one sentence. */
void ident_describe(struct ident *out, const struct facts *fs,
                    const struct fingerprint *fp) {
  const char *version = fs->id.version, *major = fs->id.wasi_sdk_major;
  char *facts = fingerprint_describe(fp, fs);
  const char *by_facts =
      facts ? facts
            : "wasi-libc of an unknown wasi-sdk (no measured fingerprint "
              "fact narrows it down)";
  struct strbuf b = {0}, m = {0};

  if (*version) {
    sb_addf(&b, "wasi-sdk %s (from its VERSION file)", version);
    out->source = "VERSION";
  } else if (*major) {
    sb_addf(&b, "wasi-sdk %s (from <wasi/version.h>)", major);
    out->source = "wasi/version.h";
  } else {
    sb_add(&b, by_facts);
    out->source = "fingerprint";
  }
  if (*version || *major) {
    sb_add(&b, "; ");
    if (*version && *major)
      sb_addf(&b, "__wasi_sdk_major__ is %s; ", major);
    else if (*version)
      sb_add(&b, "no __wasi_sdk_major__; ");
    sb_addf(&b, "its facts: %s", by_facts);
  }
  if (*version && major_of(version) >= 0 &&
      !fingerprint_allows(fp, fs, major_of(version))) {
    sb_addf(&m, "VERSION says %s; its libc measures as ", version);
    add_measured_as(&m, facts);
  }
  if (*major && major_of(major) >= 0 &&
      !fingerprint_allows(fp, fs, major_of(major))) {
    sb_addf(&m, "%s__wasi_sdk_major__ says %s; its libc measures as ",
            m.s ? "; " : "", major);
    add_measured_as(&m, facts);
  }
  if (*version && *major && major_of(version) != major_of(major))
    sb_addf(&m, "%sVERSION says %s but <wasi/version.h> says %s",
            m.s ? "; " : "", version, major);
  free(facts);
  out->text = sb_take(&b);
  out->mismatch = m.s ? sb_take(&m) : NULL;
}

void ident_free(struct ident *id) {
  free(id->text);
  free(id->mismatch);
  id->text = NULL;
  id->mismatch = NULL;
}
