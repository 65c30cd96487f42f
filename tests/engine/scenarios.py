"""The engine test scenarios: each writes a few probes, runs one step of the
engine (tools/probe/probing) and says what the step must record. Run by
tests/engine/record against a real SDK, which writes what the tools said
(tests/engine/recorded/NAME.json) and checks the expectations there too,
and by tests/engine/test_scenarios.py, which replays those outputs through
the stub tools (stub.py): no SDK needed."""
import os
import sys

TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(TOP, "tools", "probe"))

from probing import build, compile_facts, modules, plan, runs  # noqa: E402
from probing.catalogue import Catalogue, Fact  # noqa: E402
from probing.executor import Errors  # noqa: E402

OK_UNIT = "#include <stdio.h>\nint wasishim_test_ok(void) { return puts(\"\") < 0; }\n"
PROBE = "#include <stdio.h>\nint main(void) {\n%s\n}\n"


def fact(cat_dir, fid, kind, body, hang="", fallback="", fallback_why="", libs=""):
    """A probe in the catalogue's gen/ folder (found through -iquote)."""
    src = os.path.join(cat_dir, "gen", fid + ".c")
    os.makedirs(os.path.dirname(src), exist_ok=True)
    with open(src, "w") as f:
        f.write(body)
    return Fact(fid, kind, src, (), tuple(libs.split()), hang, "it hangs" if hang else "", fallback, fallback_why, "")


def new_run(tmp, tc, facts, limits=None):
    cat = Catalogue({f.id: f for f in facts}, {}, {}, {})
    work, res = os.path.join(tmp, "work"), os.path.join(tmp, "res")
    for d in (work, res, os.path.join(work, "cc1"), os.path.join(work, "b"), os.path.join(work, "run"),
              os.path.join(work, "hx")):
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(work, "hx", "absent"), "w"):
        pass
    lim = {"timeout": "1", "hang": "1", "chunk": 40, "jobs": 2}
    lim.update(limits or {})
    return build.Run(TOP, tmp, tc, cat, os.path.join(tmp, "cat"), work, res, Errors(), lim)


def results(run):
    out = {}
    for fid in os.listdir(run.res):
        with open(os.path.join(run.res, fid)) as f:
            v, p, d = f.read().rstrip("\n").split("\t")
        out[fid] = (v, p, d)
    return out


def syntax_entries(run, units):
    """Units named after their facts, in a folder of the work tree, the
    control first."""
    d = os.path.join(run.work, "s", "0")
    os.makedirs(d, exist_ok=True)
    entries = []
    for name, text in units:
        p = os.path.join(d, name + ".c")
        with open(p, "w") as f:
            f.write(text)
        entries.append((p, () if name.startswith("wasishim__control") else (name,)))
    return entries


def syntax_batch(run, units):
    build.cc1_prepare(run, "-fsyntax-only", "")
    argv, _ = build.cc1_command(run, "-fsyntax-only", "")
    entries = syntax_entries(run, [("wasishim__control", build.CONTROL_UNIT), *units])
    compile_facts.syntax_chunk(run, argv, entries, os.path.join(run.work, "s", "0", "chunk1"))


# --- the scenarios: name -> (facts, act, expect). act(run) runs the step;
# expect(run, outcome) returns a list of what is wrong (empty: right).
# outcome: the RunError's text if the step stopped the run, else "".

def s_fatal_mid_batch(tmp):
    facts = [Fact(n, "compile", "", (), (), "", "", "", "", "") for n in ("f_a", "f_b", "f_c", "f_d")]

    def act(run):
        syntax_batch(run, [("f_a", OK_UNIT), ("f_b", "#include <wasishim_no_such.h>\n"), ("f_c", OK_UNIT),
                           ("f_d", "int f(void) { return wasishim_undeclared(); }\n")])

    def expect(run, stopped):
        r = results(run)
        return check(stopped, r, {
            "f_a": ("1", "measured", ""), "f_b": ("0", "measured", "fatal error: 'wasishim_no_such.h' file not found"),
            "f_c": ("1", "measured", ""),
            "f_d": ("0", "measured", "error: call to undeclared function 'wasishim_undeclared'")})
    return facts, act, expect


def module_setup(tmp, bodies, kinds=None, libs=""):
    cat_dir = os.path.join(tmp, "cat")
    facts = [fact(cat_dir, fid, (kinds or {}).get(fid, "run"), body, libs=libs) for fid, body in bodies]
    b = plan.Batch("b1", "module", "", libs, tuple(f.id for f in facts))
    return facts, b


def compile_and_link(run, b):
    build.cc1_prepare(run, "-c", "")
    for i, (fl, entries) in enumerate(modules.module_chunks(run, [b])):
        modules.module_compile(run, fl, entries, f"m.{i}")
    modules.module_link(run, b)


def runs_of(run, b):
    p = os.path.join(run.work, "b", b.name, "runs")
    if not os.path.exists(p):
        return {}
    with open(p) as f:
        return {ln.split("\t")[0]: os.path.basename(ln.split("\t")[1]) for ln in f.read().splitlines()}


def link_scenario(tmp, bodies, want, runs, kinds=None, libs=""):
    """A module's probes compiled and linked: the results want says and the
    runs (fact -> module file) the module must be left with."""
    facts, b = module_setup(tmp, bodies, kinds, libs)

    def act(run):
        compile_and_link(run, b)

    def expect(run, stopped):
        bad = check(stopped, results(run), want)
        got = runs_of(run, b)
        if got != runs:
            bad.append(f"the module's runs are {got}, not {runs}")
        return bad
    return facts, act, expect


def s_object_errors(tmp):
    """With -c an error costs the units after it their objects (not their
    diagnostics): those without an error go again."""
    return link_scenario(
        tmp, [("o_a", PROBE % "return 0;"), ("o_b", PROBE % "return wasishim_nope;"), ("o_c", PROBE % "return 0;"),
              ("o_d", PROBE % "return puts(\"d\") < 0;")],
        {"o_b": ("0", "measured", "does not build: error: use of undeclared identifier 'wasishim_nope'")},
        {"o_a": "m.wasm", "o_c": "m.wasm", "o_d": "m.wasm"})


def s_undefined_symbols(tmp):
    return link_scenario(
        tmp, [("u_a", PROBE % "return 0;"),
              ("u_b", "int wasishim_test_missing(void);\n" + PROBE % "return wasishim_test_missing();"),
              ("u_c", PROBE % "return 0;"), ("u_l", PROBE % "return 0;")],
        {"u_b": ("0", "measured", "does not build: undefined symbol: wasishim_test_missing"),
         "u_l": ("1", "measured", "")},
        {"u_a": "m.wasm", "u_c": "m.wasm"}, kinds={"u_l": "link"})


def s_error_naming_no_probe(tmp):
    """A duplicate symbol is an error no undefined symbol names: the set is
    split in two until each part links (or one probe fails alone)."""
    return link_scenario(
        tmp, [("n_a", PROBE % "return 0;"), ("n_b", "int wasishim_dup = 1;\n" + PROBE % "return 0;"),
              ("n_c", "int wasishim_dup = 2;\n" + PROBE % "return 0;")],
        {}, {"n_a": "ma.wasm", "n_b": "mba.wasm", "n_c": "mbb.wasm"})


def s_missing_library(tmp):
    why = "does not build: unable to find library -lwasishim_no_such"
    return link_scenario(tmp, [("l_a", PROBE % "return 0;"), ("l_b", PROBE % "return 0;")],
                         {"l_a": ("0", "measured", why), "l_b": ("0", "measured", why)}, {},
                         libs="-lwasishim_no_such")


def s_driver_refuses(tmp):
    facts = [Fact(n, "compile", "", ("-mwasishim-no-such-flag",), (), "", "", "", "", "") for n in ("r_a", "r_b")]

    def act(run):
        build.cc1_prepare(run, "-fsyntax-only", "-mwasishim-no-such-flag")
        g = plan.SyntaxGroup("-mwasishim-no-such-flag", (plan.Batch("b1", "headers", "", "", ("r_a", "r_b")),), 2)
        run.cat.headers.update({"r_a": "stdio.h", "r_b": "string.h"})
        compile_facts.syntax_jobs(run, g, 0)

    def expect(run, stopped):
        why = "unknown argument: '-mwasishim-no-such-flag'"
        return check(stopped, results(run), {"r_a": ("0", "measured", why), "r_b": ("0", "measured", why)})
    return facts, act, expect


def s_compiler_crash(tmp):
    facts = [Fact(n, "compile", "", (), (), "", "", "", "", "") for n in ("c_a", "c_b")]

    def act(run):
        syntax_batch(run, [("c_a", OK_UNIT), ("c_b", "#pragma clang __debug crash\n")])

    def expect(run, stopped):
        if not stopped.startswith("the compiler failed on chunk1: PLEASE submit a bug report"):
            return [f"the run did not stop on the crash: {stopped!r}"]
        return []
    return facts, act, expect


def s_control_rejected(tmp):
    facts = [Fact("k_a", "compile", "", (), (), "", "", "", "", "")]

    def act(run):
        build.cc1_prepare(run, "-fsyntax-only", "")
        argv, _ = build.cc1_command(run, "-fsyntax-only", "")
        entries = syntax_entries(run, [("wasishim__control", "int wasishim__control(void) { return x; }\n"),
                                       ("k_a", OK_UNIT)])
        compile_facts.syntax_chunk(run, argv, entries, os.path.join(run.work, "s", "0", "chunk1"))

    def expect(run, stopped):
        if not stopped.startswith("control: the compiler rejected the control file of chunk1"):
            return [f"the run did not stop on the control: {stopped!r}"]
        return []
    return facts, act, expect


def s_runs(tmp):
    """A hang, a trap, an exit status, an answer, and a probe that times out
    without being a hang probe; the module's control answers."""
    cat_dir = os.path.join(tmp, "cat")
    loop = "static volatile int spin = 1;\n" + PROBE % "while (spin) ;\nreturn 0;"
    facts = [fact(cat_dir, "t_hang", "run", loop, hang="0"),
             fact(cat_dir, "t_slow", "run", loop, fallback="1", fallback_why="assumed"),
             fact(cat_dir, "t_trap", "run", PROBE % "__builtin_trap();"),
             fact(cat_dir, "t_exit", "run", PROBE % "return 1;"),
             fact(cat_dir, "t_ok", "run", PROBE % "puts(\"yes\");\nreturn 0;")]
    b = plan.Batch("b1", "module", "", "", tuple(f.id for f in facts))

    def act(run):
        compile_and_link(run, b)
        runs.run_batch(run, [b], "1", "main", False)
        runs.results_of(run, "main")

    def expect(run, stopped):
        return check(stopped, results(run), {
            "t_hang": ("0", "measured", "hung: still running after 1s, the bug this probe looks for: it hangs"),
            "t_slow": ("1", "not-run", "timed out after 1s; fallback 1 from %s/t_slow.c: assumed" % "probes"),
            "t_trap": ("0", "measured", "trapped"), "t_exit": ("0", "measured", "exit 1"),
            "t_ok": ("1", "measured", "yes")})
    return facts, act, expect


def s_module_noload(tmp):
    """A module the runtime cannot load (as wazero cannot load exception
    handling): its probes are not run, with their fallbacks."""
    cat_dir = os.path.join(tmp, "cat")
    facts = [fact(cat_dir, "v_a", "run", PROBE % "return 0;", fallback="0", fallback_why="assumed")]
    b = plan.Batch("b1", "module", "", "", ("v_a",))

    def act(run):
        compile_and_link(run, b)
        # The module cut short after its link.
        with open(os.path.join(run.work, "b", "b1", "m.wasm"), "wb") as f:
            f.write(b"\0asm\1\0\0\0\x01")
        runs.run_batch(run, [b], "1", "main", False)
        runs.results_of(run, "main")

    def expect(run, stopped):
        return check(stopped, results(run), {"v_a": ("0", "not-run", "the runtime cannot run it: ")})
    return facts, act, expect


def s_runtime_dies(tmp):
    """A runtime that dies by a signal: the module's control did not run,
    and the run stops (it is not an answer of any probe)."""
    cat_dir = os.path.join(tmp, "cat")
    facts = [fact(cat_dir, "w_a", "run", PROBE % "return 0;")]
    b = plan.Batch("b1", "module", "", "", ("w_a",))

    def act(run):
        compile_and_link(run, b)
        dies = os.path.join(tmp, "dies")
        with open(dies, "w") as f:
            f.write("#!/bin/sh\nkill -ABRT $$\n")
        os.chmod(dies, 0o755)
        run.env = dict(run.env, WASI_RUNNER=dies)
        runs.run_batch(run, [b], "1", "main", False)
        runs.results_of(run, "main")

    def expect(run, stopped):
        if not stopped.startswith("control: module b1-m did not run its control under "):
            return [f"the run did not stop on the module's control: {stopped!r}"]
        return []
    return facts, act, expect


SCENARIOS = {
    "fatal-mid-batch": s_fatal_mid_batch, "object-errors": s_object_errors,
    "undefined-symbols": s_undefined_symbols, "error-naming-no-probe": s_error_naming_no_probe,
    "missing-library": s_missing_library, "driver-refuses": s_driver_refuses,
    "compiler-crash": s_compiler_crash, "control-rejected": s_control_rejected, "runs": s_runs,
    "module-noload": s_module_noload, "runtime-dies": s_runtime_dies,
}


def check(stopped, got, want):
    bad = [f"the run stopped: {stopped}"] if stopped else []
    for fid, (v, p, d) in want.items():
        g = got.get(fid)
        if g is None:
            bad.append(f"{fid}: no result")
        elif g[0] != v or g[1] != p or d not in g[2]:
            bad.append(f"{fid}: {g}, not {(v, p, d + '...')}")
    return bad


def play(name, tmp, tc, batch_tool):
    """Runs scenario NAME in tmp with toolchain tc and the runtime batch
    batch_tool; returns what is wrong."""
    facts, act, expect = SCENARIOS[name](tmp)
    run = new_run(tmp, tc, facts)
    run.batch_tool = batch_tool
    stopped = ""
    try:
        act(run)
    except build.RunError as e:
        stopped = str(e)
    return expect(run, stopped)
