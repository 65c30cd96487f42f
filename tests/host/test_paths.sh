# Any path: a copy of the checkout in a folder whose path has a space, a
# quote, $ and &, with an SDK in such a folder, installing into such a
# prefix: probe, report, shim, print-flags, install, compare, the wasm tests
# and CPython 3.11 all work, and give what the checkout gives.
. "$(dirname "$0")/lib.sh"
unset SDK WASI_SDK_PATH WASI_TARGET WASI_RUNNER MAKEFLAGS MFLAGS MAKELEVEL
odd="$scratch/check out's \$x & co"
co=$odd/wasishim
mkdir -p "$co"
(cd "$top" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$co")
# The downloads are shared (they are the same files); CPython is unpacked
# anew, inside the copy: wasmtime follows no symbolic link out of the folder
# the harness preopens. The SDK comes from outside the checkout.
mkdir -p "$co/build"
ln -s "$top/build/downloads" "$co/build/downloads"
sdk="$odd/sdk's folder/wasi-sdk"
mkdir -p "${sdk%/*}"
cp -a "$top/build/sdks/yowasp-21.1.4" "$sdk"
ref=$top/build/yowasp-21.1.4
values() { "$top/build/host/wasishim-report" cut "$1/report.tsv" id value provenance; }

cd "$co" || exit 1
export WASI_SDK_PATH=$sdk
# The runtime is installed into this checkout's build/ (an odd path too).
id=$(tools/sdk/config 2>"$scratch/config.log")
expect "the SDK folder is configured" "0 " "$? $(grep -v '^install: ' "$scratch/config.log" | head -n1)"
make -s report >"$scratch/report.md" 2>"$scratch/report.log"
expect "make report" "0 " "$? $(tail -n1 "$scratch/report.log")"
expect "the same facts as in the checkout" "" "$(diff <(values "$ref") <(values "build/$id") | head -n3)"
make -s shim >"$scratch/shim.log" 2>&1
expect "make shim" "0 " "$? $(grep -m1 -i error "$scratch/shim.log")"
flags=$(make -s print-flags 2>/dev/null)
(
  eval "$flags"
  printf '#include <unistd.h>\nint main(void) { return getpid() > 0 ? 0 : 1; }\n' >"$scratch/p.c"
  eval "$CC $CFLAGS \"\$scratch/p.c\" $LDFLAGS -o \"\$scratch/p.wasm\""
) 2>"$scratch/flags.log"
expect "make print-flags gives flags that build a program" "0 " "$? $(head -n1 "$scratch/flags.log")"
prefix="$odd/pre fix/usr"
PREFIX=$prefix make -s install >"$scratch/install.log" 2>&1
expect "make install" "0 install: wasishim for $id in $prefix" "$? $(tail -n1 "$scratch/install.log")"
expect "pkg-config reads the .pc" 0 "$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --exists wasishim; echo $?)"
make -s -f mk/sdk.mk BUILD="build/$id" test >"$scratch/test.log" 2>&1
expect "the wasm tests" "0 $(cat "$ref/tests/summary" 2>/dev/null)" "$? $(cat "build/$id/tests/summary" 2>/dev/null)"
# Given in the environment, a value reaches the tools as it is (on make's
# command line a $ would have to be written $$).
out=$(A=$sdk B=yowasp-22.0.0 make -s compare 2>/dev/null | grep -c '^| `gethostname_links`')
expect "make compare with a folder as A" 1 "$out"
make -s -f mk/sdk.mk BUILD="build/$id" cpython >"$scratch/cpython.log" 2>&1
expect "CPython 3.11 builds, passes the smoke test and exits" "0 4 0" "$? $(cat "build/$id/cpython3.11/summary" 2>/dev/null)"
