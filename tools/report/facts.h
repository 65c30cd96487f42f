#ifndef WASISHIM_REPORT_FACTS_H
#define WASISHIM_REPORT_FACTS_H

#include <stddef.h>

#include "err.h"
#include "tsv.h"

/* One fact: its catalogue row (docs/probe-files.md) and its result. The
   catalogue strings point into the catalogue's text. */
struct fact {
  const char *id, *kind, *macro, *source, *detects, *seen, *link, *fallback,
      *fallback_why, *bits;
  int value;        /* 0 or 1 */
  int measured;     /* provenance is "measured"; else "not-run" */
  char *provenance; /* owned */
  char *detail;     /* owned */
};

/* BUILD/probes/identity; every field is "" when absent. */
struct identity {
  char *sdk_id, *sdk_dir, *target, *clang, *version, *wasi_sdk_major, *sysroot,
      *runner, *runner_version, *fingerprint_from;
};

/* Facts sorted by id (strcmp), each id once. */
struct catalogue {
  struct tsv t;
  struct fact *v;
  size_t n;
};

struct facts {
  struct catalogue cat;
  struct identity id;
};

int catalogue_load(struct catalogue *c, const char *path, struct err *e);
void catalogue_free(struct catalogue *c);
const struct fact *catalogue_find(const struct catalogue *c, const char *id);

/* Parses one probes/res/<id> line into f->value, provenance and detail. */
int result_load(struct fact *f, const char *path, struct err *e);
int identity_load(struct identity *id, const char *path, struct err *e);
void identity_free(struct identity *id);

/* Reads BUILD/probes/{catalogue.tsv,res/<id>,identity}. */
int facts_load(struct facts *fs, const char *build, struct err *e);
void facts_free(struct facts *fs);
const struct fact *facts_find(const struct facts *fs, const char *id);

#endif
