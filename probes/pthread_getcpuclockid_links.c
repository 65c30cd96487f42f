/*
 * Detects: the libraries define pthread_getcpuclockid (autoconf style: our
 *   own prototype, no header).
 * Kind: link
 * Macro: WASISHIM_PTHREAD_GETCPUCLOCKID_LINKS
 * Seen: absent up to SDK 33; CPython's config.site says SDK 34 declares it
 *   as something that "simply errors out", yet it is not in 34-rc2's p1
 *   symbol list (uncertain, catalogue row 31).
 * Link: https://github.com/python/cpython/issues/157923
 */
typedef unsigned long probe_pthread_t;
int pthread_getcpuclockid(probe_pthread_t, void *);

int main(void) {
  int (*volatile f)(probe_pthread_t, void *) = pthread_getcpuclockid;
  return f == 0;
}
