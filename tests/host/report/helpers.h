#ifndef WASISHIM_TEST_REPORT_HELPERS_H
#define WASISHIM_TEST_REPORT_HELPERS_H

#include <stdio.h>

/* Each test gets a fresh folder under $TMPDIR; state->dir names it. */
struct tdir {
  char *dir;
};
int tdir_setup(void **state);
int tdir_teardown(void **state);

/* Writes DIR/REL (making its folders) with the given text. */
void put(const char *dir, const char *rel, const char *text);
/* DIR/REL's contents, or NULL when it cannot be read; free() it. */
char *get(const char *dir, const char *rel);
int exists(const char *dir, const char *rel);
/* Names in DIR starting with '.', i.e. temporary files left behind. */
int hidden_entries(const char *dir);

/* A build folder DIR/build and a source tree DIR/src for `write`:
   facts a_links (1), b_works (0, errno=52), c_header (1),
   d_works (not-run, fallback 0); a fingerprint and a manifest,
   src/modules/sample, with two Site: rows. */
void sample_inputs(const char *dir);

/* Text printed by fn(out, arg) into a memory stream; free() it. */
char *capture(void (*fn)(FILE *out, const void *arg), const void *arg);
int contains(const char *haystack, const char *needle);

#endif
