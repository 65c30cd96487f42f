"""The engine's run: the catalogue read, the plan made into jobs, the jobs
executed, every fact's result checked, then the commit (results folder
swapped in one rename) and the outputs (the report tool)."""
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from . import catalogue, compile_facts, modules, plan, runs, toolchain
from .build import Run, cc1_prepare, control_compile, control_run, headers_exist, identity, probe_one, write
from .executor import Errors, Executor, Job

USAGE = "usage: tools/probe/engine BUILD [--after] [--single] [--out DIR]"

# Priorities: what starts first among the jobs that may (lower first). The
# hang probes' modules go first, so that their waits overlap everything
# else; the compile facts that order the modules next; the modules, whose
# runs overlap the rest; the longer of the rest (a link of every symbol)
# before the single compiles, so that the last job to end is a short one.
P_HANG, P_CONTROL, P_FIRST_SYNTAX, P_MODULES, P_LINK, P_SYMBOLS, P_OWN, P_SYNTAX = range(8)


class Stop(Exception):
    def __init__(self, line, code=1):
        super().__init__(line)
        self.code = code


def options(argv):
    if not argv:
        raise Stop(USAGE, 2)
    o = {"build": argv[0], "after": False, "single": False, "out": ""}
    i = 1
    while i < len(argv):
        a = argv[i]
        if a in ("--after", "--single"):
            o[a[2:]] = True
        elif a == "--out" and i + 1 < len(argv):
            i += 1
            o["out"] = argv[i]
        else:
            raise Stop(USAGE, 2)
        i += 1
    return o


def limits():
    def num(name, default, kind=float):
        v = os.environ.get(name, "") or default
        try:
            return kind(v)
        except ValueError:
            raise Stop(f"probe: {name}='{v}' is not a number", 2) from None

    hang = os.environ.get("PROBE_HANG_TIMEOUT", "") or "hang"
    if hang != "hang":
        num("PROBE_HANG_TIMEOUT", hang)
    return {"timeout": os.environ.get("PROBE_TIMEOUT", "") or "10", "hang": hang,
            "chunk": num("PROBE_CHUNK", "40", int), "jobs": num("PROBE_JOBS", str(os.cpu_count() or 1), int)}


def work_parent(out_probes):
    """The work folder is scratch for a few thousand small files, and
    creating a file on a disk can cost a hundred times more than in memory
    (on this project's CI machine, 0.8 ms against 18 us): it goes to
    /dev/shm when that has room (PROBE_WORK_DIR chooses)."""
    w = os.environ.get("PROBE_WORK_DIR", "")
    if w:
        return w
    try:
        st = os.statvfs("/dev/shm")
        if os.access("/dev/shm", os.W_OK) and st.f_bavail * st.f_frsize >= 256 << 20:
            return "/dev/shm"
    except OSError:
        pass
    return out_probes


def batched_jobs(run, the_plan):
    """The plan as jobs (docs/probe-engine.md: the order and why)."""
    cat = run.cat
    groups = plan.syntax_groups(cat, the_plan)
    wanted = []  # (mode, flags) of every cc1 command, in the order wanted

    def want(mode, flags):
        if (mode, flags) not in wanted:
            wanted.append((mode, flags))
        return f"cc1:{mode}|{flags}"

    hang_builds, jobs = [], []
    for b in the_plan:
        if b.kind == "hang-module":
            deps = tuple(sorted({want("-c", cat.facts[f].cc1_flags) for f in b.facts}))
            jobs.append(Job(f"hang:{b.name}", "build", modules.hang_module_build, (run, b), deps, P_HANG,
                            detail=f"module_build {b.name}"))
            hang_builds.append(b)
        elif b.kind == "own" and cat.facts[b.facts[0]].hang:
            jobs.append(Job(f"hang:{b.name}", "build", modules.own_build, (run, b), (), P_HANG,
                            detail=f"own_build {b.name}"))
            hang_builds.append(b)
    jobs.append(Job("hang-run", "run", runs.run_batch, (run, hang_builds, run.hang_timeout, "hang", True),
                    tuple(f"hang:{b.name}" for b in hang_builds), P_HANG, pool=False, detail="hang"))
    jobs += [Job("control-compile", "control", control_compile, (run,), (), P_CONTROL),
             Job("control-run", "control", control_run, (run,), (), P_CONTROL),
             Job("headers", "compile", headers_exist, (run,), (), P_CONTROL),
             Job("identity", "compile", identity, (run,), (), P_CONTROL)]
    first = True
    syntax = []
    for i, g in enumerate(groups):
        deps = ["headers", "control-compile"] + ([] if g.alone else [want("-fsyntax-only", g.cc1_flags)])
        if not first:
            deps.append("modules:linked")
        syntax.append(Job(f"syntax:{i}", "compile", expand_syntax, (run, g, i, first),
                          tuple(deps), P_FIRST_SYNTAX if first else P_SYNTAX))
        first = False
    mods = [b for b in the_plan if b.kind == "module"]
    mod_deps = {want("-c", cat.facts[f].cc1_flags) for b in mods for f in b.facts}
    jobs.append(Job("modules", "build", expand_modules, (run, mods),
                    ("syntax:0:done", *sorted(mod_deps)) if groups else tuple(sorted(mod_deps)), P_MODULES))
    for b in the_plan:
        if b.kind == "symbols":
            jobs.append(Job(f"symbols:{b.name}", "link", compile_facts.run_symbols, (run, b), ("modules:linked",),
                            P_SYMBOLS, detail=f"run_symbols {b.name}"))
        elif b.kind == "own" and not cat.facts[b.facts[0]].hang:
            fid = b.facts[0]
            jobs.append(Job(f"own:{b.name}", "build", probe_one, (run, fid), ("modules:linked",), P_OWN,
                            detail=f"probe_one {fid}"))
    # Every cc1 command the jobs wait for, once.
    for mode, flags in wanted:
        jobs.append(Job(f"cc1:{mode}|{flags}", "compile", cc1_prepare, (run, mode, flags), (),
                        P_HANG if mode == "-c" else P_CONTROL, detail=f"cc1_prepare {mode} {flags}"))
    return jobs + syntax


def expand_syntax(run, group, index, first):
    jobs = compile_facts.syntax_jobs(run, group, index)
    if first:
        jobs.append(Job(f"syntax:{index}:done", "compile", lambda: None, (), tuple(j.name for j in jobs),
                        P_FIRST_SYNTAX))
    for j in jobs:
        j.priority = P_FIRST_SYNTAX if first else P_SYNTAX
    return jobs


def expand_modules(run, mods):
    """The modules' units compiled in chunks (the compile facts measured
    so far order them), then each module linked, then their runs."""
    jobs, names = [], []
    for i, (flags, entries) in enumerate(modules.module_chunks(run, mods)):
        names.append(f"module-compile:{i}")
        jobs.append(Job(names[-1], "build", modules.module_compile, (run, flags, entries, f"m.{i}"), (), P_MODULES,
                        detail=f"module_compile m.{i}"))
    links = []
    for b in mods:
        links.append(f"link:{b.name}")
        jobs.append(Job(links[-1], "link", modules.module_link, (run, b), (*names, "control-run"), P_LINK,
                        detail=f"module_link {b.name}"))
    jobs.append(Job("modules:linked", "link", lambda: None, (), tuple(links), P_LINK))
    jobs.append(Job("main-run", "run", runs.run_batch, (run, mods, run.timeout, "main", False), ("modules:linked",),
                    P_LINK, pool=False, detail=""))
    return jobs


def single_jobs(run):
    """The reference: every fact as a program of its own."""
    first = [Job("control-compile", "control", control_compile, (run,)),
             Job("control-run", "control", control_run, (run,)), Job("identity", "compile", identity, (run,))]
    deps = tuple(j.name for j in first)
    return first + [Job(f"one:{fid}", "single", probe_one, (run, fid), deps, 1, detail=f"probe_one {fid}")
                    for fid in run.cat.facts]


def engine(argv, top):
    o = options(argv)
    build = o["build"]
    if not os.path.isfile(os.path.join(build, "toolchain.sh")):
        raise Stop(f"probe: {build}: not configured (no toolchain.sh; select the SDK with SDK= or WASI_SDK_PATH=)")
    build = os.path.abspath(build)
    try:
        tc = toolchain.read(build, o["after"])
    except toolchain.ToolchainError as e:
        raise Stop(f"probe: {e}") from None
    who = tc.SDK_ID + (" with wasishim" if o["after"] else "")
    out = o["out"] or (os.path.join(build, "after") if o["after"] else build)
    if o["after"]:
        for f in ("cflags.rsp", "libs.rsp"):
            if not os.path.isfile(os.path.join(build, "shim", f)):
                raise Stop(f"probe: {tc.SDK_ID}: no {build}/shim/{f} (make shim first)")
    lim = limits()
    tool = os.path.join(top, "build", "host", "wasishim-report")
    if not os.access(tool, os.X_OK):
        raise Stop(f"probe: {tool} is missing (make builds it)")
    p = os.path.join(out, "probes")
    try:
        os.makedirs(p, exist_ok=True)
    except OSError:
        raise Stop(f"probe: cannot create {p}") from None
    p = os.path.abspath(p)
    # One run at a time per output folder: a second one waits, then redoes it.
    lock = open(os.path.join(p, ".lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    # A results folder left by a run that was killed outright is removed,
    # under the lock.
    cur = os.path.basename(os.readlink(os.path.join(p, "res"))) if os.path.islink(os.path.join(p, "res")) else ""
    for d in os.listdir(p):
        if d.startswith("res.") and d not in (cur, "res.legacy") and os.path.isdir(os.path.join(p, d)):
            shutil.rmtree(os.path.join(p, d), ignore_errors=True)
    try:
        work = tempfile.mkdtemp(prefix=".wasishim-probe.", dir=work_parent(p))
    except OSError:
        raise Stop(f"probe: cannot create a work folder in {work_parent(p)}") from None
    # The results are written straight into a results folder of their own
    # beside the outputs, which the commit swaps in.
    new = tempfile.mkdtemp(prefix="res.", dir=p)
    committed = False
    run = None
    try:
        t_start = time.time()
        for d in ("b", "run", "cc1"):
            os.makedirs(os.path.join(work, d))
        catdir = os.path.join(work, "cat")
        try:
            cat = catalogue.read(tool, top, catdir)
        except catalogue.CatalogueError as e:
            raise Stop(f"probe: {who}: the probe catalogue cannot be read: {e}") from None
        errors = Errors()
        run = Run(top, build, tc, cat, catdir, work, new, errors, lim)
        if o["single"]:
            jobs = single_jobs(run)
        else:
            the_plan = plan.batches(cat)
            write(os.path.join(work, "plan.tsv"), "".join(b.row() + "\n" for b in the_plan))
            jobs = batched_jobs(run, the_plan)
        ex = Executor(lim["jobs"], errors, protect=("control-compile", "control-run"), on_stop=run.stop)
        ex.add(jobs)
        ex.run()
        if not errors and not o["single"]:
            runs.results_of(run, "main")
            runs.results_of(run, "hang")
        if errors:
            raise Stop(f"probe: {who}: {errors.first(prefer='control: ')}")
        # Every fact has a result, or the run says which one has none.
        missing = [f for f in cat.facts if not os.path.exists(os.path.join(new, f))]
        if missing:
            raise Stop(f"probe: {who}: no result for {len(missing)} facts ({' '.join(missing[:3])} ...): an engine "
                       "error; PROBE_KEEP_WORK=1 keeps the work folder")
        t_end = time.time()
        # Commit: the tables, then the results in one rename, then the outputs.
        # The plan as it was executed: every job, what it waited for, when.
        rows = ["kind\tstart\tend\tdetail\tjob\tafter\n"]
        rows += [f"{t.kind}\t{t.start:.6f}\t{t.end:.6f}\t{t.detail}\t{t.name}\t{' '.join(t.deps)}\n"
                 for t in sorted(ex.times, key=lambda t: t.start)]
        rows.append(f"total\t{t_start:.6f}\t{t_end:.6f}\t\ttotal\t\n")
        write(os.path.join(work, "times.tsv"), "".join(rows))
        for f in ("catalogue.tsv", "build.tsv"):
            shutil.copyfile(os.path.join(catdir, f), os.path.join(p, f".{f}.tmp"))
            os.replace(os.path.join(p, f".{f}.tmp"), os.path.join(p, f))
        # The modules' tables of older builds: the report reads the manifests now.
        for f in ("config-site.tsv", "decisions.tsv", "shared.tsv", "compile.tsv"):
            if os.path.exists(os.path.join(p, f)):
                os.remove(os.path.join(p, f))
        for f in ("identity", "plan.tsv", "times.tsv"):
            if os.path.exists(os.path.join(work, f)):
                shutil.copyfile(os.path.join(work, f), os.path.join(p, f".{f}.tmp"))
                os.replace(os.path.join(p, f".{f}.tmp"), os.path.join(p, f))
            elif os.path.exists(os.path.join(p, f)):
                os.remove(os.path.join(p, f))
        res = os.path.join(p, "res")
        old = os.path.basename(os.readlink(res)) if os.path.islink(res) else ""
        if os.path.isdir(res) and not os.path.islink(res):
            os.rename(res, os.path.join(p, "res.legacy"))
            old = "res.legacy"
        link = os.path.join(p, ".res.link")
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(os.path.basename(new), link)
        os.replace(link, res)
        committed = True
        if old:
            shutil.rmtree(os.path.join(p, old), ignore_errors=True)
        if subprocess.run([tool, "write", out, top]).returncode != 0:
            raise Stop(f"probe: {who}: the report could not be written (see the line above)")
    finally:
        # On any end, the tools the run started go with it (the runtime
        # batches must not outlive it), then the work folder; ended from
        # outside, the outputs stay as they were.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if run is not None:
            run.stop()
        # A job's thread may still be writing when its tool was ended:
        # the removal is retried until nothing reappears.
        gone = [] if os.environ.get("PROBE_KEEP_WORK") == "1" else [work]
        if not committed:
            gone.append(new)
        for _ in range(10):
            for d in gone:
                shutil.rmtree(d, ignore_errors=True)
            if not any(os.path.exists(d) for d in gone):
                break
            time.sleep(0.2)


def main(argv, top):
    def ended(signum, frame):
        raise Stop("", 128 + signum)

    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, ended)
    try:
        engine(argv, top)
    except Stop as e:
        if str(e):
            print(e, file=sys.stderr)
        return e.code
    return 0
