#ifndef WASISHIM_REPORT_MARKDOWN_H
#define WASISHIM_REPORT_MARKDOWN_H

#include <stdio.h>

/* Free text for a table cell, shown as written: '|' would end the cell,
   '<' and '&' start HTML, '*', '_' and '[' start emphasis or links. Text in
   `backticks` stays a code span. */
void md_text(FILE *out, const char *s);
/* A fact id or other name as a code span. */
void md_code(FILE *out, const char *s);

#endif
