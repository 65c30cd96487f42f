# Shared by tests/probes/test_*.sh.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
case $BUILD in /*) ;; *) BUILD=$top/$BUILD ;; esac
# SYSROOT, TARGET, NM, SDK_ID, WASI_CC and the rest.
. "$BUILD/toolchain.sh"

ok() { echo "ok $1"; }
# file:line of the test that failed: the first frame outside this file.
fail() {
  local i=1
  while [ "${BASH_SOURCE[$i]:-}" = "${BASH_SOURCE[0]}" ]; do i=$((i + 1)); done
  echo "FAIL $1: ${BASH_SOURCE[$i]##*/}:${BASH_LINENO[$((i - 1))]}: $2"
}
# fact ID: its measured value, or "missing"
fact() { cut -f1 "$BUILD/probes/res/$1" 2>/dev/null || echo missing; }
expect_fact() { # id expected why
  local v
  v=$(fact "$1")
  if [ "$v" = "$2" ]; then ok "$1 = $2 ($3)"; else fail "$1" "expected $2 ($3), probe says $v: $(cut -f3 "$BUILD/probes/res/$1" 2>/dev/null)"; fi
}
# The sysroot's library folder for the target: per triple from SDK 22.
libdir() {
  if [ -d "$SYSROOT/lib/$TARGET" ]; then echo "$SYSROOT/lib/$TARGET"; else echo "$SYSROOT/lib"; fi
}
# clang's own headers (stdatomic.h, stdarg.h...) come with the compiler.
resdir() { "${WASI_CC[@]}" -print-resource-dir; }
incdir() {
  if [ -d "$SYSROOT/include/$TARGET" ]; then echo "$SYSROOT/include/$TARGET"; else echo "$SYSROOT/include"; fi
}
# defined SYMBOL [LIB...]: is it defined in libc.a, crt1 or the named -l libs?
defined() {
  local s=$1 files=("$(libdir)/libc.a")
  shift
  for l in "$@"; do files+=("$(libdir)/lib${l#-l}.a"); done
  "$NM" --defined-only "${files[@]}" 2>/dev/null | grep -qE " [TWDRBV] $s\$"
}
