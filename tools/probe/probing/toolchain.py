"""One build's toolchain, as tools/sdk/config wrote it (BUILD/toolchain.sh):
read by bash itself, which prints each field by name, so that a path with
spaces or quotes arrives whole."""
import os
import subprocess
from dataclasses import dataclass

FIELDS = ("SDK_ID", "SDK_DIR", "SDK_VERSION", "SYSROOT", "TARGET", "CLANG_MAJOR", "RUNNER", "RUNNER_VERSION",
          "WASI_RUNNER")

# The flags every probe is built with: a diagnostic that is only a warning
# by default would let a wrong declaration count as present.
BASE_CFLAGS = ("-std=gnu11", "-Werror=implicit-function-declaration", "-Werror=incompatible-function-pointer-types",
               "-Werror=incompatible-pointer-types", "-Werror=int-conversion", "-Werror=implicit-int")

_PRINT = r'''
. "$1" || exit 1
shift
printf '%s\0' "${#WASI_CC[@]}" "${WASI_CC[@]}"
for v; do printf '%s\0' "${!v-}"; done
'''


class ToolchainError(Exception):
    pass


@dataclass(frozen=True)
class Toolchain:
    cc: tuple  # the compiler with its target and sysroot
    fields: dict  # FIELDS by name
    pass_cflags: tuple  # the pass's: empty, or wasishim's response file
    pass_libs: tuple
    after: bool

    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def env(self):
        """The environment of the tools this build runs (tools/run reads
        WASI_RUNNER)."""
        e = dict(os.environ)
        if self.fields.get("WASI_RUNNER"):
            e["WASI_RUNNER"] = self.fields["WASI_RUNNER"]
        return e


def read(build, after):
    path = os.path.join(build, "toolchain.sh")
    p = subprocess.run(["bash", "-c", _PRINT, "toolchain", path, *FIELDS], capture_output=True)
    if p.returncode != 0:
        raise ToolchainError(f"{path} cannot be read: {p.stderr.decode(errors='replace').strip()[:200]}")
    words = p.stdout.decode().split("\0")[:-1]
    n = int(words[0])
    cc, rest = tuple(words[1:1 + n]), words[1 + n:]
    if not cc:
        raise ToolchainError(f"{path} names no compiler (WASI_CC)")
    fields = dict(zip(FIELDS, rest))
    pc = pl = ()
    if after:
        pc, pl = (f"@{build}/shim/cflags.rsp",), (f"@{build}/shim/libs.rsp",)
    return Toolchain(cc, fields, pc, pl, after)


if __name__ == "__main__":
    # python3 -m probing.toolchain base-cflags: the base flags, a line each
    # (bench/gen-configure-ac gives autoconf the same).
    import sys
    if sys.argv[1:] != ["base-cflags"]:
        sys.exit("usage: python3 -m probing.toolchain base-cflags")
    print("\n".join(BASE_CFLAGS))
