# make install into a temporary prefix: pkg-config then gives the flags, and
# a program built with the SDK's clang and only those flags links and runs.
. "$(dirname "$0")/lib.sh"
cd "$top"
id=$(basename "$BUILD")
prefix=$scratch/prefix
unset SDK WASI_SDK_PATH MAKEFLAGS MFLAGS MAKELEVEL
if make -s install SDK="$id" PREFIX="$prefix" >"$scratch/install.log" 2>&1; then
  ok "make install PREFIX=<tmp>"
else
  fail "make install PREFIX=<tmp>" "$(tail -n1 "$scratch/install.log")"
fi
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
flags=$(pkg-config --cflags --libs wasishim 2>&1)
expect "pkg-config knows wasishim" 0 $?
expect "the site file is installed" yes "$([ -s "$prefix/share/wasishim/config.site" ] && echo yes)"

cat >"$scratch/prog.c" <<'C'
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  pthread_key_t k;
  if (pthread_key_create(&k, NULL) != 0 || pthread_key_delete(k) != 0)
    return 1;
  struct stat st;
  return stat(".", &st) == 0 && getpid() > 0 ? 0 : 2;
}
C
cc=$(sed -n 's/^CC := //p' "$BUILD/toolchain.mk")
target=$(sed -n 's/^TARGET := //p' "$BUILD/toolchain.mk")
sysroot=$(sed -n 's/^SYSROOT := //p' "$BUILD/toolchain.mk")
# shellcheck disable=SC2086 # pkg-config's output is words
"$cc" --target="$target" --sysroot="$sysroot" "$scratch/prog.c" $flags -o "$scratch/prog.wasm" 2>"$scratch/cc.log"
rc=$?
expect "a program built with those flags links" "0 " "$rc $(head -n1 "$scratch/cc.log")"
(cd "$scratch" && "$top/tools/wasi-run" prog.wasm)
expect "and runs" 0 $?
