/* wasishim: <wasi/libc.h>, wasi-libc's own extensions (docs/quirks/
   wasilibc-preopens.md). __wasilibc_reset_preopens declared where the libc
   defines it but its header does not (SDK 25 to about 30). It is not
   provided where the libc lacks it (the 2022 libc): the table it empties
   is private to the libc, and it returns nothing, so a stub could not even
   say that it failed. */
#include_next <wasi/libc.h>

#ifndef WASISHIM_WASI_LIBC_H
#define WASISHIM_WASI_LIBC_H
#include <wasishim/shim.h>

#if WASISHIM_DECLARE_WASILIBC_RESET_PREOPENS
#ifdef __cplusplus
extern "C" {
#endif
void __wasilibc_reset_preopens(void);
#ifdef __cplusplus
}
#endif
#endif

#endif
