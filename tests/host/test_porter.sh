# A porter's program on every built SDK (tests/porter/porter.c): installed
# wasishim, then built with only what pkg-config says for wasishim and
# wasishim-setjmp, run under Node; every SDK must print the same. (wazero
# 1.12 has no wasm exceptions, so setjmp needs Node: docs/runtimes.md.)
. "$(dirname "$0")/lib.sh"
cd "$top" || exit 1
unset SDK WASI_SDK_PATH WASI_TARGET WASI_RUNNER MAKEFLAGS MFLAGS MAKELEVEL
. "$top/tools/sdk/test-sdks.sh"
first="" firstout=""
for id in $TEST_SDKS; do
  b=$top/build/$id
  [ -f "$b/libwasishim.a" ] && [ -f "$b/after/config.site" ] || continue
  prefix=$scratch/$id/usr
  if ! PREFIX=$prefix make -s install SDK="$id" >"$scratch/$id.install" 2>&1; then
    fail "$id: make install" "$(tail -n1 "$scratch/$id.install")"
    continue
  fi
  flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs wasishim wasishim-setjmp 2>&1)
  expect "$id: pkg-config knows wasishim and wasishim-setjmp" 0 $?
  eval "set -- $flags"
  (. "$b/toolchain.sh" && "${WASI_CC[@]}" -std=c11 -Wall -Wextra -Werror -Wundef \
    "$top/tests/porter/porter.c" "$@" -o "$scratch/$id.wasm") 2>"$scratch/$id.cc"
  expect "$id: the porter's program builds with pkg-config's flags alone" "0 " \
    "$? $(grep -m1 -E 'error|undefined' "$scratch/$id.cc")"
  mkdir -p "$scratch/$id.run"
  out=$(cd "$scratch/$id.run" && WASI_RUNNER=node WASI_RUN_TIMEOUT=30 "$run" "../$id.wasm" 2>&1)
  expect "$id: and runs" 0 $?
  if [ -z "$first" ]; then
    first=$id firstout=$out
    expect "$id: setjmp and longjmp work" 1 "$(grep -c '^setjmp came back with 3 from depth 3$' <<<"$out")"
  else
    expect "$id: prints what $first prints" "$firstout" "$out"
  fi
done
[ -n "$first" ] || fail "the porter's program" "no SDK has a shim and an after pass built"
