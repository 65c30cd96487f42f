"""What a compiler log, a linker log or a run outcome says of each fact.

Pure functions: text in, named answers out. Nothing here runs a tool or
touches a file, so each rule is tested with recorded outputs
(tests/engine/) without an SDK. docs/probe-engine.md says which failures
are answers of the SDK (measurements) and which are failures of the run.
"""
import os
import re
from dataclasses import dataclass, field

# A failure of the compiler or linker itself, not an answer about the code.
TOOLCHAIN_BROKE = re.compile(
    r"PLEASE submit a bug report|unable to execute command|failed due to signal|Stack dump:|"
    r"crash backtrace|Segmentation fault|Bus error|Illegal instruction|Aborted|Killed|"
    r"cannot execute|command not found|error: unable to open output file|No space left on device|"
    r"wasm-ld[^:]*: error: cannot open .*\.o"
)
# What counts as a diagnostic: the compiler's and the linker's own errors.
DIAGNOSTIC = re.compile(r"(^|: )(fatal )?error: |undefined symbol: |unable to find library")

DETAIL_MAX = 240


@dataclass(frozen=True)
class Verdict:
    """How a build step ended: "ok", "answer" (a diagnostic about the code:
    a measurement) or "failure" (the toolchain broke: an error of the run),
    with the line that says so."""

    kind: str
    why: str = ""


def status_of(returncode):
    """A shell's exit status from a subprocess return code (a signal is
    128 + its number, as the shell says)."""
    return 128 - returncode if returncode < 0 else returncode


def classify_build(log, status):
    if status == 0:
        return Verdict("ok")
    lines = log.splitlines()
    for line in lines:
        if TOOLCHAIN_BROKE.search(line):
            return Verdict("failure", tidy_error(line))
    if status >= 126:
        return Verdict("failure", f"exit status {status}")
    for line in lines:
        if DIAGNOSTIC.search(line):
            return Verdict("answer", tidy_error(line))
    first = lines[0][:160] if lines else ""
    return Verdict("failure", f"exit status {status} with no diagnostic: {first}")


_TIDY = (
    (re.compile(r"^[^ ]*/"), ""),
    (re.compile(r"^[^: ]*:[0-9]*:[0-9]*: "), ""),
    (re.compile(r"^[a-z0-9_]*(\.c)?:[0-9]*:[0-9]*: "), ""),
    (re.compile(r"[^ ]*/[^ /]*\.o: "), ""),
    (re.compile(r"^wasm-ld[-0-9]*: error: "), ""),
    (re.compile(r"; ISO C99 and later do not support implicit function declarations"), ""),
    (re.compile(r" \[-W[^]]*\]$"), ""),
)


def tidy_error(line):
    """A diagnostic without its path and flag noise."""
    for pattern, repl in _TIDY:
        line = pattern.sub(repl, line, count=1)
    return line[:DETAIL_MAX]


# --- one cc1 run over many units (tools/probe/probing/build.py: cc1_batch)

_DIAG = re.compile(r"^([^ ]+):[0-9]+:[0-9]+: (fatal error|error|warning|note): ")
_INCLUDED = re.compile(r"^In file included from (.*?):[0-9]+[:,]?$")


def stem(path):
    """The name a unit or a #line is known by: a fact id, or a batch's."""
    s = os.path.basename(path)
    if s.endswith(".c"):
        s = s[:-2]
    if s.endswith(".w"):
        s = s[:-2]
    if s.startswith("wasishim__headers_"):
        s = s[len("wasishim__headers_"):]
    return s


@dataclass
class Cc1Answer:
    """What one cc1 run says. errors: fact -> its first error; rerun: the
    units that must go again (a fatal error cut their diagnostics, or with
    -c an earlier error cost them their object); unknown: a diagnostic
    that names no unit, so nothing is certain; control: the control
    unit's error, if any (the batch is unsound)."""

    errors: dict = field(default_factory=dict)
    rerun: list = field(default_factory=list)
    unknown: bool = False
    control: str = ""


def cc1_log(log, units, facts_of, mode):
    """units: the unit paths of the run, in order, the control first;
    facts_of: unit path -> the facts it answers; mode: "-fsyntax-only" or
    "-c". Two things carry over from one unit to the next in cc1: after a
    fatal error later units get no diagnostics, and after any error later
    units get no object."""
    idx = {}
    for n, u in enumerate(units, 1):
        idx[stem(u)] = n
    owner = {}
    for u in units:
        for f in facts_of.get(u, ()):
            owner[f] = idx[stem(u)]
    ans = Cc1Answer()
    uerr, ferr, bad = {}, {}, set()
    cut = noobj = None
    chain = ""
    for line in log.splitlines():
        m = _INCLUDED.match(line)
        if m:
            p = stem(m.group(1))
            if not chain and (p in idx or p in owner):
                chain = p
            continue
        m = _DIAG.match(line)
        if m:
            who = chain or stem(m.group(1))
            chain = ""
            if m.group(2) not in ("error", "fatal error"):
                continue
            if who in owner:
                u = owner[who]
                ferr.setdefault(who, tidy_error(line))
            elif who in idx:
                u = idx[who]
                uerr.setdefault(u, tidy_error(line))
            else:
                ans.unknown = True
                continue
            if u == 1 and not ans.control:
                ans.control = line
            bad.add(u)
            if m.group(2) == "fatal error" and (cut is None or u < cut):
                cut = u
            if mode == "-c" and (noobj is None or u < noobj):
                noobj = u
            continue
        if " error: " in line or line.startswith("error: "):
            ans.unknown = True
    for f, u in owner.items():
        if cut is not None and u > cut:
            continue
        if u in uerr:
            ans.errors[f] = uerr[u]
        elif f in ferr:
            ans.errors[f] = ferr[f]
    for n in range(2, len(units) + 1):
        if (cut is not None and n > cut) or (noobj is not None and n > noobj and n not in bad):
            ans.rerun.append(units[n - 1])
    return ans


# --- one link of a module's objects (build.py: link_set)


@dataclass
class LinkAnswer:
    """What a failed link of several probes' objects says: failure (the
    linker broke: an error of the run), library (a missing library: every
    probe fails with it), bad: fact -> its undefined symbol, when every
    error names a probe; otherwise split (nothing certain: bisect, or,
    for a single probe, answer: its first error)."""

    failure: str = ""
    library: str = ""
    bad: dict = field(default_factory=dict)
    split: bool = False
    answer: str = ""


def link_log(log, status, facts):
    """facts: the facts whose objects were linked (an object is FACT.w.o)."""
    v = classify_build(log, status)
    if v.kind == "failure":
        return LinkAnswer(failure=v.why)
    lines = log.splitlines()
    for line in lines:
        if "unable to find library" in line:
            return LinkAnswer(library=tidy_error(line))
    bad, unsure = {}, False
    for line in lines:
        if "undefined symbol: " in line:
            o = line.split("error: ", 1)[1] if "error: " in line else line
            o = o.split(": undefined symbol", 1)[0]
            o = os.path.basename(o)
            if o.endswith(".w.o"):
                o = o[:-4]
            if o in facts:
                bad.setdefault(o, "undefined symbol: " + line.rsplit("undefined symbol: ", 1)[1])
            else:
                unsure = True
        elif "error: " in line and "linker command failed" not in line:
            unsure = True
    if not unsure and bad:
        return LinkAnswer(bad=bad)
    return LinkAnswer(split=True, answer=v.why)


# --- one program calling every function of a symbols batch (run_symbols)

_UNDEF_NAME = re.compile(r".*undefined symbol: ([A-Za-z0-9_]*)$")
_SYMBOLS_NOISE = re.compile(r"undefined symbol:|warning:|linker command failed|^>>> |^ *$")


@dataclass
class SymbolsAnswer:
    failure: str = ""
    unsure: bool = False
    undefined: frozenset = frozenset()


def symbols_log(log, status):
    """Anything but undefined symbols says nothing certain of each one."""
    v = classify_build(log, status)
    if v.kind == "failure":
        return SymbolsAnswer(failure=v.why)
    lines = log.splitlines()
    if status != 0 and any(not _SYMBOLS_NOISE.search(line) for line in lines):
        return SymbolsAnswer(unsure=True)
    return SymbolsAnswer(undefined=frozenset(m.group(1) for m in map(_UNDEF_NAME.match, lines) if m))


# --- a run's end (tools/run: "exit N", "trap MSG", "timeout SECONDS",
# "noload MSG", "norun MSG", "failed MSG")


@dataclass(frozen=True)
class Result:
    value: str
    provenance: str
    detail: str = ""

    def line(self):
        d = self.detail.replace("\t", " ").replace("\n", " ")[:DETAIL_MAX]
        return f"{self.value}\t{self.provenance}\t{d}\n"


def run_result(outcome, out, fact):
    """A run probe's result from how its run ended and the first line of
    its stdout; None for a failure of the runtime, which is not a result.
    fact: its catalogue row (hang, hang_why, fallback, fallback_why)."""
    what, _, rest = outcome.partition(" ")
    fb = f"fallback {fact.fallback} from probes/{fact.id}.c: {fact.fallback_why}"
    if what == "exit":
        if rest == "0":
            return Result("1", "measured", out)
        return Result("0", "measured", f"exit {rest}" + (f": {out}" if out else ""))
    if what == "trap":
        return Result("0", "measured", "trapped" + (f": {out}" if out else ""))
    if what == "timeout":
        if fact.hang:
            return Result(fact.hang, "measured",
                          f"hung: still running after {rest}s, the bug this probe looks for: {fact.hang_why}")
        return Result(fact.fallback, "not-run", f"timed out after {rest}s; {fb}")
    if what == "noload":
        return Result(fact.fallback, "not-run", f"the runtime cannot run it: {rest}; {fb}")
    if what == "norun":
        return Result(fact.fallback, "not-run", f"could not run: {rest}; {fb}")
    return None


def build_failed(fact, why):
    """A probe that does not compile or link: for a run probe, that it does
    not build; for a compile or link fact, the diagnostic is the answer."""
    return Result("0", "measured", f"does not build: {why}" if fact.kind == "run" else why)
