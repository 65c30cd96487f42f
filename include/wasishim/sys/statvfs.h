/* wasishim: <sys/statvfs.h> the same on every SDK (docs/quirks/statvfs.md).
   libcs before SDK 22 ship no <sys/statvfs.h>: then this header is
   <sys/statvfs.h>, with what POSIX asks of it, and libwasishim provides
   statvfs and fstatvfs, failing with ENOSYS as the stubs of SDK 22 and later
   do (WASI p1 cannot tell file system sizes); where those stubs look at no
   argument, wasishim's, which check them first, take their place. */
#if __has_include_next(<sys/statvfs.h>)
#include_next <sys/statvfs.h>
#endif

#ifndef WASISHIM_SYS_STATVFS_H
#define WASISHIM_SYS_STATVFS_H
#include <sys/types.h>
#include <wasishim/shim.h>

#ifdef __cplusplus
extern "C" {
#endif

#if !__has_include_next(<sys/statvfs.h>)
/* fsblkcnt_t and fsfilcnt_t, which POSIX has this header define, come from
   <sys/types.h>, where musl defines them on every SDK. The members are the
   ones POSIX lists, in musl's order and types; the flag values are musl's. */
struct statvfs {
  unsigned long f_bsize, f_frsize;
  fsblkcnt_t f_blocks, f_bfree, f_bavail;
  fsfilcnt_t f_files, f_ffree, f_favail;
  unsigned long f_fsid;
  unsigned long f_flag, f_namemax;
};

#define ST_RDONLY 1
#define ST_NOSUID 2
#endif

#if WASISHIM_PROVIDE_STATVFS
int statvfs(const char *__restrict, struct statvfs *__restrict);
#endif
#if WASISHIM_PROVIDE_FSTATVFS
int fstatvfs(int, struct statvfs *);
#endif

#if WASISHIM_REPLACE_STATVFS
int wasishim_statvfs(const char *__restrict, struct statvfs *__restrict);
/* Function-like: statvfs is also the structure's tag. */
#define statvfs(path, buf) wasishim_statvfs(path, buf)
#endif
#if WASISHIM_REPLACE_FSTATVFS
int wasishim_fstatvfs(int, struct statvfs *);
#undef fstatvfs
#define fstatvfs wasishim_fstatvfs
#endif

#ifdef __cplusplus
}
#endif

#endif
