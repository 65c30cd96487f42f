#include "facts.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { CAT_FIELDS = 10, CAT_REQUIRED = 5 }; /* id .. detects */

static int check_row(const struct tsv *t, const struct tsv_row *r,
                     const struct fact *f, struct err *e) {
  if (!is_fact_id(f->id))
    err_set(e, t->path, "line %zu: fact id '%s' is not [a-z0-9_]+", r->line,
            f->id);
  else if (strcmp(f->kind, "compile") && strcmp(f->kind, "link") &&
           strcmp(f->kind, "run"))
    err_set(e, t->path, "line %zu: %s: kind '%s' is not compile, link or run",
            r->line, f->id, f->kind);
  else if (!is_c_identifier(f->macro))
    err_set(e, t->path, "line %zu: %s: macro '%s' is not a C identifier",
            r->line, f->id, f->macro);
  else if (strcmp(f->fallback, "") && strcmp(f->fallback, "0") &&
           strcmp(f->fallback, "1"))
    err_set(e, t->path, "line %zu: %s: fallback '%s' is not 0, 1 or empty",
            r->line, f->id, f->fallback);
  else
    return 0;
  return -1;
}

static void fill_from_row(struct fact *f, const struct tsv_row *r) {
  const char **dst[CAT_FIELDS] = {
      &f->id,   &f->kind, &f->macro,    &f->source,       &f->detects,
      &f->seen, &f->link, &f->fallback, &f->fallback_why, &f->bits};

  memset(f, 0, sizeof *f);
  for (size_t i = 0; i < CAT_FIELDS; i++)
    *dst[i] = tsv_field(r, i);
}

static int cmp_fact(const void *a, const void *b) {
  return strcmp(((const struct fact *)a)->id, ((const struct fact *)b)->id);
}

static int sort_and_check_unique(struct catalogue *c, struct err *e) {
  if (c->n)
    qsort(c->v, c->n, sizeof *c->v, cmp_fact);
  for (size_t i = 1; i < c->n; i++)
    if (!strcmp(c->v[i - 1].id, c->v[i].id)) {
      err_set(e, c->t.path, "fact '%s' is listed twice", c->v[i].id);
      return -1;
    }
  return 0;
}

int catalogue_load(struct catalogue *c, const char *path, struct err *e) {
  memset(c, 0, sizeof *c);
  if (tsv_read(&c->t, path, 0, e))
    return -1;
  c->v = xmalloc(c->t.n * sizeof *c->v);
  for (size_t i = 0; i < c->t.n; i++) {
    const struct tsv_row *r = &c->t.rows[i];

    if (tsv_fields(&c->t, r, CAT_REQUIRED, CAT_FIELDS, e))
      goto fail;
    fill_from_row(&c->v[c->n], r);
    if (check_row(&c->t, r, &c->v[c->n], e))
      goto fail;
    c->n++;
  }
  if (sort_and_check_unique(c, e))
    goto fail;
  return 0;
fail:
  catalogue_free(c);
  return -1;
}

void catalogue_free(struct catalogue *c) {
  for (size_t i = 0; i < c->n; i++) {
    free(c->v[i].provenance);
    free(c->v[i].detail);
  }
  free(c->v);
  tsv_free(&c->t);
  memset(c, 0, sizeof *c);
}

const struct fact *catalogue_find(const struct catalogue *c, const char *id) {
  struct fact key;

  if (!c->n)
    return NULL;
  key.id = id;
  return bsearch(&key, c->v, c->n, sizeof *c->v, cmp_fact);
}

int result_load(struct fact *f, const char *path, struct err *e) {
  struct tsv t;
  const char *value, *prov;
  int rc = -1;

  if (tsv_read(&t, path, 0, e)) {
    if (e->sys_errno == ENOENT)
      err_set(e, path, "no result for fact %s (the probe was not run)", f->id);
    return -1;
  }
  if (t.n != 1) {
    err_set(e, path, "fact %s: expected one line, found %zu", f->id, t.n);
    goto out;
  }
  if (tsv_fields(&t, &t.rows[0], 2, 3, e))
    goto out;
  value = tsv_field(&t.rows[0], 0);
  prov = tsv_field(&t.rows[0], 1);
  if (strcmp(value, "0") && strcmp(value, "1"))
    err_set(e, path, "fact %s: value '%s' is not 0 or 1", f->id, value);
  else if (strcmp(prov, "measured") && strcmp(prov, "not-run"))
    err_set(e, path, "fact %s: provenance '%s' is not measured or not-run",
            f->id, prov);
  else {
    f->value = value[0] == '1';
    f->measured = !strcmp(prov, "measured");
    f->provenance = xstrdup(prov);
    f->detail = xstrdup(tsv_field(&t.rows[0], 2));
    rc = 0;
  }
out:
  tsv_free(&t);
  return rc;
}

/* The keys of BUILD/probes/identity, in the order of struct identity. */
static const char *const identity_keys[] = {
    "sdk_id",         "sdk_dir",         "target",  "clang",
    "version",        "wasi_sdk_major",  "sysroot", "runner",
    "runner_version", "fingerprint_from"};
enum { N_IDENTITY_KEYS = sizeof identity_keys / sizeof identity_keys[0] };

static void identity_slots(struct identity *id, char **slots[N_IDENTITY_KEYS]) {
  char **all[N_IDENTITY_KEYS] = {
      &id->sdk_id,         &id->sdk_dir,         &id->target,  &id->clang,
      &id->version,        &id->wasi_sdk_major,  &id->sysroot, &id->runner,
      &id->runner_version, &id->fingerprint_from};

  memcpy(slots, all, sizeof all);
}

static char **identity_slot(struct identity *id, const char *key) {
  char **slots[N_IDENTITY_KEYS];

  identity_slots(id, slots);
  for (size_t i = 0; i < N_IDENTITY_KEYS; i++)
    if (!strcmp(key, identity_keys[i]))
      return slots[i];
  return NULL; /* a key added later: not ours to judge */
}

static void identity_fill_empty(struct identity *id) {
  char **slots[N_IDENTITY_KEYS];

  identity_slots(id, slots);
  for (size_t i = 0; i < N_IDENTITY_KEYS; i++)
    if (!*slots[i])
      *slots[i] = xstrdup("");
}

int identity_load(struct identity *id, const char *path, struct err *e) {
  struct tsv t;

  memset(id, 0, sizeof *id);
  if (tsv_read(&t, path, 0, e))
    return -1;
  for (size_t i = 0; i < t.n; i++) {
    const struct tsv_row *r = &t.rows[i];
    char **slot;

    if (tsv_fields(&t, r, 1, 2, e))
      goto fail;
    slot = identity_slot(id, r->f[0]);
    if (slot && *slot) {
      err_set(e, path, "line %zu: key '%s' appears twice", r->line, r->f[0]);
      goto fail;
    }
    if (slot)
      *slot = xstrdup(tsv_field(r, 1));
  }
  identity_fill_empty(id);
  if (!*id->sdk_id) {
    err_set(e, path, "no sdk_id");
    goto fail;
  }
  tsv_free(&t);
  return 0;
fail:
  tsv_free(&t);
  identity_free(id);
  return -1;
}

void identity_free(struct identity *id) {
  char **slots[N_IDENTITY_KEYS];

  identity_slots(id, slots);
  for (size_t i = 0; i < N_IDENTITY_KEYS; i++)
    free(*slots[i]);
  memset(id, 0, sizeof *id);
}

static int results_load(struct catalogue *c, const char *build, struct err *e) {
  char *dir = path_join(build, "probes/res");
  int rc = 0;

  for (size_t i = 0; i < c->n && !rc; i++) {
    char *path = path_join(dir, c->v[i].id);

    rc = result_load(&c->v[i], path, e);
    free(path);
  }
  free(dir);
  return rc;
}

int facts_load(struct facts *fs, const char *build, struct err *e) {
  char *cat = path_join(build, "probes/catalogue.tsv");
  char *idp = path_join(build, "probes/identity");
  int rc = -1;

  memset(fs, 0, sizeof *fs);
  if (catalogue_load(&fs->cat, cat, e))
    goto out;
  if (results_load(&fs->cat, build, e) || identity_load(&fs->id, idp, e)) {
    facts_free(fs);
    goto out;
  }
  rc = 0;
out:
  free(cat);
  free(idp);
  return rc;
}

void facts_free(struct facts *fs) {
  catalogue_free(&fs->cat);
  identity_free(&fs->id);
}

const struct fact *facts_find(const struct facts *fs, const char *id) {
  return catalogue_find(&fs->cat, id);
}
