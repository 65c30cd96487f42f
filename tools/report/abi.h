#ifndef WASISHIM_REPORT_ABI_H
#define WASISHIM_REPORT_ABI_H

#include <stdio.h>

#include "facts.h"
#include "summary.h"

/* The facts that are part of the ABI a static library is compiled against
   and that changed between SDKs (musl 1.2.6, wasi-sdk 34): wasishim cannot
   unify a type, so it only says where an SDK stands and when two differ
   (docs/quirks/abi-types.md). */
enum { ABI_FACTS = 3 };
struct abi {
  int value[ABI_FACTS]; /* 0, 1, or -1 when the SDK has no such fact */
};

void abi_from_facts(struct abi *a, const struct facts *fs);
void abi_from_summary(struct abi *a, const struct summary *s);

/* report.md's one line: this SDK's types, the SDKs that share them, and
   what a library built with the other headers does. Nothing when the
   build has none of the facts. */
void abi_md_line(FILE *out, const struct abi *a);
/* compare's one line when A and B differ in any of them; returns whether
   it printed. */
int abi_compare_line(FILE *out, const struct abi *a, const struct abi *b,
                     const char *id_a, const char *id_b);

#endif
