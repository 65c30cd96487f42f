# make install into a prefix whose path has a space, a quote and an &:
# pkg-config then gives the flags (quoted as pkgconf quotes them), and a
# program built with the SDK's clang and only those flags links and runs;
# share/wasishim/flags.sh gives the same with any character.
. "$(dirname "$0")/lib.sh"
cd "$top"
prefix="$scratch/pre fix's & co/usr"
unset SDK WASI_SDK_PATH MAKEFLAGS MFLAGS MAKELEVEL
if PREFIX=$prefix make -s install SDK="$SDK_ID" >"$scratch/install.log" 2>&1; then
  ok "make install PREFIX=<a path with a space, ' and &>"
else
  fail "make install PREFIX=<a path with a space, ' and &>" "$(tail -n1 "$scratch/install.log")"
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
# pkg-config's output is shell words: eval reads its quoting.
eval "set -- $flags"
"${WASI_CC[@]}" "$scratch/prog.c" "$@" -o "$scratch/prog.wasm" 2>"$scratch/cc.log"
expect "a program built with pkg-config's flags links" "0 " "$? $(head -n1 "$scratch/cc.log")"
(cd "$scratch" && "$run" prog.wasm)
expect "and runs" 0 $?

(
  eval "$(cat "$prefix/share/wasishim/flags.sh")"
  eval "$CC $CFLAGS \"\$scratch/prog.c\" $LDFLAGS -o \"\$scratch/prog2.wasm\""
) 2>"$scratch/cc2.log"
expect "a program built with flags.sh links" "0 " "$? $(head -n1 "$scratch/cc2.log")"
(cd "$scratch" && "$run" prog2.wasm)
expect "and runs" 0 $?

flags=$(make -s print-flags SDK="$SDK_ID" 2>/dev/null)
(
  eval "$flags"
  eval "$CC $CFLAGS \"\$scratch/prog.c\" $LDFLAGS -o \"\$scratch/prog3.wasm\""
) 2>"$scratch/cc3.log"
expect "make print-flags gives flags a shell reads back whole" "0 " "$? $(head -n1 "$scratch/cc3.log")"
