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
  fail "make install PREFIX=<a path with a space, ' and &>" "$(grep -v '^make' "$scratch/install.log" | head -n3)"
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

# The installed wasishim/config.h is the after-shim facts, for a program to
# test with #if under -Wundef: its values are report.tsv's with wasishim.
cat >"$scratch/facts.c" <<'C'
#include <stdio.h>
#include <wasishim/config.h>
int main(void) {
#if WASISHIM_PTHREAD_KEY_DELETE_RETURNS && WASISHIM_GETHOSTNAME_LINKS
  puts("keys and gethostname");
#endif
  printf("%d %d\n", WASISHIM_PTHREAD_KEY_DELETE_RETURNS, WASISHIM_CHMOD_WORKS);
  return 0;
}
C
eval "set -- $(pkg-config --cflags --libs wasishim)"
"${WASI_CC[@]}" -std=c11 -Wall -Wextra -Werror -Wundef "$scratch/facts.c" "$@" \
  -o "$scratch/facts.wasm" 2>"$scratch/facts.log"
expect "a program tests wasishim/config.h's macros with #if under -Wundef" "0 " \
  "$? $(head -n1 "$scratch/facts.log")"
want=$(awk -F'\t' '$1 == "pthread_key_delete_returns" {k = $2} $1 == "chmod_works" {c = $2}
  END {print k, c}' "$BUILD/after/report.tsv")
got=$(cd "$scratch" && "$run" facts.wasm | tail -n1)
expect "wasishim/config.h holds the after-shim report's values" "$want" "$got"
