/*
 * Detects: getpid links without the getpid emulation library (autoconf
 *   style: our own prototype, no header, no -lwasi-emulated-getpid).
 * Kind: link
 * Macro: WASISHIM_GETPID_PLAIN_LINKS
 * Seen: 0 on all SDKs: getpid lives only in libwasi-emulated-getpid
 *   (catalogue row 15).
 * Link: https://github.com/WebAssembly/wasi-libc/blob/main/libc-bottom-half/getpid/getpid.c
 */
int getpid(void);

int main(void) {
  int (*volatile f)(void) = getpid;
  return f == 0;
}
