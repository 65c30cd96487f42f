"""The engine's steps: each compiles, links or runs something with the
SDK's tools, hands the log to attribute.py and records what it says. The
state of a run is the Run object every step is given (the toolchain, the
catalogue, the work folder, where errors go), and the files of the work
folder; a step returns nothing through anything else.
"""
import hashlib
import os
import shlex
import subprocess
import threading

from . import attribute as at
from .executor import RunError
from .toolchain import BASE_CFLAGS

CONTROL_UNIT = ("/* A control: any diagnostic here means the batch is unsound. */\n"
                "int wasishim__control(void);\nint wasishim__control(void) { return 0; }\n")


class Run:
    """One run of the engine: what every step needs, passed to each."""

    def __init__(self, top, build, tc, cat, cat_dir, work, res, errors, limits):
        self.top, self.build, self.tc, self.cat, self.cat_dir = top, build, tc, cat, cat_dir
        self.work, self.res = work, res  # the work folder, the results folder
        self.errors = errors
        self.timeout = limits["timeout"]  # seconds a run probe may take
        self.hang_timeout = limits["hang"]  # a hang probe's: seconds, or "hang"
        self.chunk = limits["chunk"]  # units per cc1 batch
        self.jobs = limits["jobs"]
        self.env = tc.env()
        self.batch_tool = os.path.join(top, "tools/run/batch")  # the runtime batch (tools/run)
        self._procs = set()
        self._lock = threading.Lock()
        self.stopping = False

    # --- processes: every one is known, so that an end from outside ends
    # them all (the runtime batches too: they must not outlive the run).
    def spawn(self, argv, stdout, stderr, cwd=None, env=None):
        """Starts a tool and returns its status once it has ended."""
        with self._lock:
            if self.stopping:
                raise RunError("stopped")
            p = subprocess.Popen(argv, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, cwd=cwd,
                                 env=env or self.env)
            self._procs.add(p)
        try:
            return at.status_of(p.wait())
        finally:
            with self._lock:
                self._procs.discard(p)

    def call(self, argv, log, cwd=None, env=None):
        """A tool with its stdout and stderr in the file log."""
        with open(log, "wb") as out:
            return self.spawn(argv, out, subprocess.STDOUT, cwd, env)

    def stop(self):
        with self._lock:
            self.stopping = True
            procs = list(self._procs)
        for p in procs:
            try:
                # A runtime batch ends its own runs on TERM (tools/run).
                p.terminate()
            except OSError:
                pass
        for p in procs:
            try:
                p.wait(timeout=3)
            except subprocess.TimeoutExpired:
                p.kill()

    # --- results
    def record(self, fid, result):
        with open(os.path.join(self.res, fid), "w") as f:
            f.write(result.line())

    def result_of(self, fid):
        try:
            with open(os.path.join(self.res, fid)) as f:
                return f.readline().split("\t", 1)[0]
        except FileNotFoundError:
            return None

    def cc(self, *args):
        """The compiler command of a probe: flags, then the pass's."""
        return [*self.tc.cc, *BASE_CFLAGS, *args, *self.tc.pass_cflags]

    def cmd_path(self, mode, flags):
        """Where the cc1 command of (mode, flags) is kept: named by them."""
        return os.path.join(self.work, "cc1", hashlib.sha1(f"{mode}|{flags}".encode()).hexdigest()[:16])


def read_text(path):
    with open(path, errors="replace") as f:
        return f.read()


def first_line(path):
    try:
        with open(path, errors="replace") as f:
            return f.readline().rstrip("\n")
    except FileNotFoundError:
        return ""


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def quote_cmd(argv):
    return " ".join(shlex.quote(a) for a in argv)[:300]


# --- controls: the toolchain and the runtime must answer right before any
# fact counts. Every compiler batch and every module carries a control too.

def control_compile(run):
    d = os.path.join(run.work, "control")
    os.makedirs(d, exist_ok=True)
    write(f"{d}/c.c", '#include <stdio.h>\nint main(void) { return puts("x") < 0; }\n')
    rc = run.call(run.cc("-fsyntax-only", f"{d}/c.c"), f"{d}/c.log")
    if rc != 0 or os.path.getsize(f"{d}/c.log"):
        raise RunError(f"control: compiling a trivial program failed: "
                       f"{quote_cmd([*run.tc.cc, '-fsyntax-only', 'c.c'])}: {first_line(d + '/c.log')[:200]} (exit {rc})")


CONTROL_RUN = r'''#include <stdio.h>
#include <string.h>
#if !WASISHIM_CONTROL_FLAG || !defined(_GNU_SOURCE)
#error the control's flags did not arrive
#endif
int main(int argc, char **argv) {
  FILE *f = fopen("control.txt", "w");
  if (!f || fputs("ok", f) < 0 || fclose(f) != 0)
    return 3;
  printf("wasishim control %s\n", argc == 2 ? argv[1] : "?");
  return strcmp(argv[0], "") == 0;
}
'''


def control_run(run):
    """Linked and run with extra flags and a library, as probes with Flags:
    and Libs: are, to prove that both reach the compiler whole."""
    d = os.path.join(run.work, "control")
    os.makedirs(f"{d}/run", exist_ok=True)
    write(f"{d}/r.c", CONTROL_RUN)
    rc = run.call([*run.cc("-D_GNU_SOURCE", "-DWASISHIM_CONTROL_FLAG=1", f"{d}/r.c", "-o", f"{d}/r.wasm", "-lc"),
                   *run.tc.pass_libs], f"{d}/r.log")
    if rc != 0:
        log = read_text(f"{d}/r.log").splitlines()
        why = next((ln for ln in log if "error" in ln or "undefined" in ln), log[0] if log else "")
        raise RunError(f"control: linking a trivial program failed: "
                       f"{quote_cmd([*run.tc.cc, 'r.c', '-o', 'r.wasm', '-lc', *run.tc.pass_libs])}: {why}")
    oc = wasi_run(run, f"{d}/r.wasm", ["ctl"], f"{d}/run", run.timeout, f"{d}/oc")
    out = first_line(f"{d}/run/out")
    if oc.startswith("failed runtime not found"):
        write(os.path.join(run.work, "norun"), first_line(f"{d}/run/err") + "\n")
    elif oc == "exit 0":
        if out != "wasishim control ctl" or first_line(f"{d}/run/control.txt") != "ok":
            raise RunError(f"control: a trivial program ran but printed '{out}', not 'wasishim control ctl', "
                           f"under {run.tc.RUNNER}")
    else:
        raise RunError(f"control: a trivial program did not run under {run.tc.RUNNER}: {oc or 'no outcome'}: "
                       f"{first_line(d + '/run/err')}")


def wasi_run(run, wasm, args, folder, timeout, outcome):
    """One run through tools/run/wasi-run, in folder (out, err there)."""
    for f in ("out", "err"):
        try:
            os.remove(os.path.join(folder, f))
        except FileNotFoundError:
            pass
    env = dict(run.env, WASI_RUN_OUTCOME=outcome, WASI_RUN_TIMEOUT=str(timeout))
    with open(os.path.join(folder, "err"), "wb") as err, open(os.path.join(folder, "out"), "wb") as out:
        run.spawn([os.path.join(run.top, "tools/run/wasi-run"), wasm, *args], out, err, folder, env)
    return first_line(outcome)


def identity(run):
    """What the SDK says of itself (the fingerprint is the report's)."""
    d = os.path.join(run.work, "identity.d")
    os.makedirs(d, exist_ok=True)
    # __wasi_sdk_major__ exists from wasi-sdk 30; a pre-30 <wasi/version.h>
    # lacks it.
    write(f"{d}/v.c", "#if __has_include(<wasi/version.h>)\n#include <wasi/version.h>\n#endif\n"
                      "#ifdef __wasi_sdk_major__\nwasishim_major=__wasi_sdk_major__\n#endif\n")
    p = subprocess.run([*run.tc.cc, "-E", "-P", "-x", "c", f"{d}/v.c"], capture_output=True, text=True, env=run.env)
    major = ""
    for line in p.stdout.splitlines():
        if line.startswith("wasishim_major="):
            major = line.split("=", 1)[1].replace(" ", "")
    tc = run.tc
    rows = [("sdk_id", tc.SDK_ID + (" with wasishim" if tc.after else "")), ("sdk_dir", tc.SDK_DIR),
            ("target", tc.TARGET), ("clang", tc.CLANG_MAJOR), ("version", tc.SDK_VERSION),
            ("wasi_sdk_major", major), ("sysroot", tc.SYSROOT), ("runner", tc.RUNNER),
            ("runner_version", tc.RUNNER_VERSION)]
    text = "".join(f"{k}\t{v}\n" for k, v in rows)
    # With wasishim the facts describe the shim: the libc is named by the
    # facts of the build without it.
    if tc.after:
        text += f"fingerprint_from\t{run.build}\n"
    write(os.path.join(run.work, "identity"), text)


# --- which headers exist: one preprocessor run for every header fact and
# every header a declaration includes; a missing one is answered without
# compiling anything (it is a fatal error, which would cut a batch short).

def headers_exist(run):
    d = os.path.join(run.work, "hx")
    os.makedirs(d, exist_ok=True)
    hs = sorted(set(run.cat.headers.values()) | {h for x in run.cat.decls.values() for h in x.headers})
    write(f"{d}/hx.c", "".join(f"#if __has_include(<{h}>)\nwasishim_has {h}\n#endif\n" for h in hs))
    p = subprocess.run(run.cc("-E", "-P", f"{d}/hx.c"), capture_output=True, text=True, env=run.env)
    if p.returncode != 0:
        raise RunError(f"the preprocessor failed: {p.stderr.splitlines()[0] if p.stderr else p.returncode}")
    present = {ln[len("wasishim_has "):] for ln in p.stdout.splitlines() if ln.startswith("wasishim_has ")}
    write(f"{d}/absent", "".join(h + "\n" for h in hs if h not in present))


def absent_headers(run):
    with open(os.path.join(run.work, "hx", "absent")) as f:
        return set(f.read().split())


# --- cc1: many units in one compiler process (docs/probe-engine.md)

def _driver_args(line):
    """The arguments of a -### line: each in double quotes, with ", \\ and $
    escaped by a backslash."""
    args, i, n = [], 0, len(line)
    while i < n:
        if line[i] == " ":
            i += 1
            continue
        cur = []
        if line[i] == '"':
            i += 1
            while i < n and line[i] != '"':
                if line[i] == "\\" and i + 1 < n:
                    i += 1
                cur.append(line[i])
                i += 1
            i += 1
        else:
            while i < n and line[i] != " ":
                cur.append(line[i])
                i += 1
        args.append("".join(cur))
    return args


def cc1_prepare(run, mode, flags):
    """The cc1 command for mode (-fsyntax-only or -c) and flags, one
    argument a line; or, when the driver refuses the flags (an answer for
    every fact built with them), its error in .refused. A failing driver is
    an error of the run."""
    f = run.cmd_path(mode, flags)
    d = f + ".d"
    os.makedirs(d, exist_ok=True)
    write(f"{d}/wasishim__input.c", "")
    # A driver that answers without a cc1 line is asked once more (seen
    # once with a Node-hosted clang under load) before the run stops.
    for _ in (1, 2):
        rc = run.call(run.cc(*flags.split(), "-ferror-limit=0", "-###", mode, "wasishim__input.c", "-o",
                             "wasishim__input.o"), f"{d}/log", cwd=d)
        log = read_text(f"{d}/log")
        if rc == 0 and '"-cc1"' in log:
            break
    v = at.classify_build(log, rc)
    if v.kind == "failure":
        raise RunError(f"the compiler driver failed for flags '{flags}': {v.why} (log: {d}/log)")
    if v.kind == "answer":
        write(f + ".refused", v.why + "\n")
        return
    line = next((ln for ln in log.splitlines() if '"-cc1"' in ln), None)
    if line is None:
        raise RunError(f"the compiler driver gave no cc1 command for flags '{flags}', twice: "
                       f"{log[:300].replace(chr(10), ' ')}")
    out, skip = [], False
    for x in _driver_args(line):
        if skip:
            skip = False
        elif x in ("-o", "-main-file-name", "-dumpdir"):
            skip = True
        elif x != "wasishim__input.c":
            out.append(x)
    write(f + ".tmp", "".join(a + "\n" for a in out))
    os.replace(f + ".tmp", f)


def cc1_command(run, mode, flags):
    """The prepared command, or the driver's refusal: (argv, refused)."""
    f = run.cmd_path(mode, flags)
    if os.path.exists(f + ".refused"):
        return None, first_line(f + ".refused")
    with open(f) as h:
        return h.read().splitlines(), ""


def cc1_batch(run, mode, argv, entries, log_base):
    """Runs the cc1 command argv over the units of entries (a list of
    (unit path, facts): the control first) and returns fact -> first error
    for every fact that failed, or None when the output cannot be
    attributed with certainty (the caller then takes those facts one by
    one). Units that a fatal error left without diagnostics go again, and
    with -c so do the units after an error that had none: they got no
    object."""
    facts_of = dict(entries)
    units = [u for u, _ in entries]
    errors = {}
    n = 0
    while units:
        log = f"{log_base}.log.{n}"
        n += 1
        rc = run.call([*argv, *units], log)
        text = read_text(log)
        v = at.classify_build(text, rc)
        if v.kind == "failure":
            raise RunError(f"the compiler failed on {os.path.basename(log_base)}: {v.why} (log: {log})")
        ans = at.cc1_log(text, units, facts_of, mode)
        if ans.control:
            raise RunError(f"control: the compiler rejected the control file of {os.path.basename(log_base)}: "
                           f"{ans.control} (log: {log})")
        if ans.unknown:
            return None
        errors.update(ans.errors)
        # The status must agree: a failure with nothing charged is not certain.
        if rc != 0 and not ans.rerun and not ans.errors:
            return None
        if not ans.rerun:
            break
        units = [units[0], *ans.rerun]
    return errors


# --- one fact on its own, as a program of its own: the reference the
# batched engine is compared with, and what it falls back to.

def probe_build(run, fid):
    """Builds fact fid alone into work/one/fid/p.wasm. True: a run probe
    built, to be run; False: its result is recorded."""
    f = run.cat.facts[fid]
    d = os.path.join(run.work, "one", fid)
    os.makedirs(f"{d}/run", exist_ok=True)
    if f.kind == "compile":
        rc = run.call(run.cc(*f.flags, "-fsyntax-only", f.source), f"{d}/log")
    else:
        rc = run.call([*run.cc(*f.flags, f.source, "-o", f"{d}/p.wasm"), *f.libs, *run.tc.pass_libs], f"{d}/log")
    v = at.classify_build(read_text(f"{d}/log"), rc)
    if v.kind == "failure":
        raise RunError(f"{fid}: the toolchain failed: {v.why} (log: {d}/log)")
    if v.kind == "answer":
        run.record(fid, at.build_failed(f, v.why))
        return False
    if f.kind != "run":
        run.record(fid, at.Result("1", "measured", ""))
        return False
    return True


def probe_one(run, fid):
    if not probe_build(run, fid):
        return
    f = run.cat.facts[fid]
    d = os.path.join(run.work, "one", fid)
    t = run.hang_timeout if f.hang else run.timeout
    for _ in (1, 2):
        oc = wasi_run(run, f"{d}/p.wasm", [], f"{d}/run", t, f"{d}/outcome")
        if oc.startswith("failed runtime not found"):
            oc = "norun " + first_line(f"{d}/run/err")
        r = at.run_result(oc, first_line(f"{d}/run/out"), f)
        if r is not None:
            run.record(fid, r)
            return
    raise RunError(f"{fid}: the runtime failed twice: {oc.removeprefix('failed ')} (log: {d}/run/err)")
