"""The probe catalogue as the engine needs it: the report tool reads the
probes and writes the catalogue's tables (tools/report/catalogue.c); its
`cut` gives their columns by name. Nothing here knows a column's place."""
import os
import subprocess
from dataclasses import dataclass

BUILD_COLS = ("id", "kind", "source", "flags", "libs", "hang", "hang_why", "fallback", "fallback_why", "module")


class CatalogueError(Exception):
    pass


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str  # compile, link or run
    source: str  # the probe's C file, a path
    flags: tuple  # its compiler flags, words as in a makefile
    libs: tuple
    hang: str  # the value a hang means, for a probe whose bug is a hang
    hang_why: str
    fallback: str
    fallback_why: str
    module: str  # "own": a program of its own

    @property
    def cc1_flags(self):
        """The flags of its cc1 command: not -D and -U (macros), nor the
        linker's; a string, as batches are keyed by it."""
        return " ".join(w for w in self.flags
                        if not (w.startswith(("-D", "-U")) and len(w) > 2) and not w.startswith(("-l", "-L", "-Wl,")))

    @property
    def macros(self):
        """Its -D and -U flags as the lines a file begins with: what the
        driver makes of them."""
        out = []
        for w in self.flags:
            if w.startswith("-D") and len(w) > 2:
                name, eq, value = w[2:].partition("=")
                out.append(f"#define {name} {value}\n" if eq else f"#define {name} 1\n")
            elif w.startswith("-U") and len(w) > 2:
                out.append(f"#undef {w[2:]}\n")
        return "".join(out)


@dataclass(frozen=True)
class Decl:
    id: str
    function: str
    type: str
    headers: tuple
    flags: str


@dataclass(frozen=True)
class Catalogue:
    facts: dict  # id -> Fact, in the catalogue's order
    headers: dict  # header fact id -> header
    decls: dict  # declaration fact id -> Decl
    symbols: dict  # link fact id -> function


def _cut(tool, path, cols):
    p = subprocess.run([tool, "cut", path, *cols], capture_output=True, text=True)
    if p.returncode != 0:
        raise CatalogueError(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f"cut {path} failed")
    rows = []
    for line in p.stdout.splitlines():
        f = line.split("\t")
        if len(f) != len(cols):
            raise CatalogueError(f"{path}: a row of {len(f)} fields where {len(cols)} were asked: {line[:120]}")
        rows.append(dict(zip(cols, f)))
    return rows


def read(tool, top, catdir):
    """Writes the catalogue's tables into catdir (generated probes in
    catdir/gen) and reads them."""
    p = subprocess.run([tool, "catalogue", top, catdir], capture_output=True, text=True)
    if p.returncode != 0:
        raise CatalogueError(p.stderr.strip() or "the report tool failed")
    facts = {}
    for r in _cut(tool, os.path.join(catdir, "build.tsv"), BUILD_COLS):
        src = r["source"]
        src = os.path.join(catdir, src) if src.startswith("gen/") else os.path.join(top, src)
        facts[r["id"]] = Fact(r["id"], r["kind"], src, tuple(r["flags"].split()), tuple(r["libs"].split()),
                              r["hang"], r["hang_why"], r["fallback"], r["fallback_why"], r["module"])
    headers = {r["id"]: r["header"] for r in _cut(tool, os.path.join(catdir, "headers.tsv"), ("id", "header", "flags"))}
    decls = {r["id"]: Decl(r["id"], r["function"], r["type"], tuple(h for h in r["headers"].split(",") if h), r["flags"])
             for r in _cut(tool, os.path.join(catdir, "decls.tsv"), ("id", "function", "type", "headers", "flags"))}
    symbols = {r["id"]: r["function"] for r in _cut(tool, os.path.join(catdir, "symbols.tsv"), ("id", "function", "flags"))}
    return Catalogue(facts, headers, decls, symbols)
