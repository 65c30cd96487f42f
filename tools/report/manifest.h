#ifndef WASISHIM_REPORT_MANIFEST_H
#define WASISHIM_REPORT_MANIFEST_H

#include <stddef.h>

#include "err.h"

/* The module manifests, SRCDIR/modules/<name> (docs/shim-design.md), read
   and checked in one place. Conditions are kept normalized (cond.h). */

/* What a module decides for the shim: kind "provide" or "replace" (name:
   the function; what: its file, shim/<name>.c), "flags" (name: the
   pkg-config module, "-" for wasishim itself; what: the flags) or "macro"
   (name: WASISHIM_<name> in shim.h; what: "-"). */
struct decision {
  const char *module, *kind, *name, *cond, *what;
};

/* A config.site row: its condition ("1": always), the line to write when
   it holds and when not ("-" or "": none), and why. */
struct site_rule {
  const char *module;
  size_t line; /* in modules/<module> */
  const char *cond, *when1, *when0, *reason;
};

struct words {
  const char **v;
  size_t n, cap;
};

struct module {
  const char *name;
  const char *compile; /* Compile: flags for its own files, or NULL */
  struct words functions, shared, headers, tests, docs, depends;
  struct words reads; /* every fact its conditions name, sorted */
};

struct modules {
  struct words owned; /* every string below, to free */
  struct module *v;
  size_t n;
  struct decision *dec;
  size_t ndec, capdec;
  struct site_rule *site;
  size_t nsite, capsite;
};

/* Reads SRCDIR/modules/ (every file not starting with '.'), in C order. A
   malformed manifest fails with "modules/<name>:<line>: why". */
int modules_load(struct modules *m, const char *srcdir, struct err *e);
void modules_free(struct modules *m);
const struct module *modules_find(const struct modules *m, const char *name);

#endif
