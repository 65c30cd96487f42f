#include "abi.h"

#include "markdown.h"

static const struct {
  const char *id, *type, *as[2]; /* as[value]: what the fact's value means */
} facts[ABI_FACTS] = {
    {"int_fast16_is_32bit", "int_fast16_t", {"16 bits", "32 bits"}},
    {"uint_fast16_is_32bit", "uint_fast16_t", {"16 bits", "32 bits"}},
    {"wordsize_is_32", "__WORDSIZE", {"64", "32"}},
};

void abi_from_facts(struct abi *a, const struct facts *fs) {
  for (int i = 0; i < ABI_FACTS; i++) {
    const struct fact *f = facts_find(fs, facts[i].id);

    a->value[i] = f ? f->value : -1;
  }
}

void abi_from_summary(struct abi *a, const struct summary *s) {
  for (int i = 0; i < ABI_FACTS; i++) {
    const struct summary_fact *f = summary_find(s, facts[i].id);

    a->value[i] = f ? f->value : -1;
  }
}

/* "`int_fast16_t` 16 bits, ..." for the facts the SDK has; with other,
   the values it does not have. Returns how many it named. */
static int list(FILE *out, const struct abi *a, int other) {
  int n = 0;

  for (int i = 0; i < ABI_FACTS; i++) {
    if (a->value[i] < 0)
      continue;
    fputs(n++ ? ", " : "", out);
    md_code(out, facts[i].type);
    fprintf(out, " %s", facts[i].as[other ? !a->value[i] : a->value[i]]);
  }
  return n;
}

void abi_md_line(FILE *out, const struct abi *a) {
  int ones = 0, zeros = 0;

  for (int i = 0; i < ABI_FACTS; i++) {
    ones += a->value[i] == 1;
    zeros += a->value[i] == 0;
  }
  if (!ones && !zeros)
    return;
  fputs("\nABI: ", out);
  list(out, a, 0);
  if (ones && zeros) {
    fputs(", a mix no wasi-sdk has (musl before 1.2.6 has all of the first "
          "kind, 1.2.6 all of the second)",
          out);
  } else {
    fputs(zeros ? ", as in musl before 1.2.6 (wasi-sdk up to 33): a static "
                  "library built with the headers of wasi-sdk 34 or later ("
                : ", as in musl 1.2.6 (wasi-sdk 34 and later): a static "
                  "library built with the headers of wasi-sdk 33 or older (",
          out);
    list(out, a, 1);
    fputs(") disagrees with this SDK on them when linked here; rebuild it "
          "with this SDK",
          out);
  }
  fputs(" (docs/quirks/abi-types.md).\n", out);
}

int abi_compare_line(FILE *out, const struct abi *a, const struct abi *b,
                     const char *id_a, const char *id_b) {
  int n = 0;

  for (int i = 0; i < ABI_FACTS; i++) {
    if (a->value[i] < 0 || b->value[i] < 0 || a->value[i] == b->value[i])
      continue;
    fputs(n++ ? ", " : "\nABI: A and B disagree on ", out);
    md_code(out, facts[i].type);
    fprintf(out, " (%s on A, %s on B)", facts[i].as[a->value[i]],
            facts[i].as[b->value[i]]);
  }
  if (!n)
    return 0;
  fputs(": a static library built with ", out);
  md_text(out, id_a);
  fputs("'s headers and linked by ", out);
  md_text(out, id_b);
  fputs(" (or the other way) uses these types at another size than the "
        "program around it; rebuild every static library with the SDK that "
        "links it (docs/quirks/abi-types.md).\n",
        out);
  return 1;
}
