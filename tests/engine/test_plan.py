"""Which facts go together (tools/probe/probing/plan.py) and the executor
(executor.py), on catalogues and jobs made here."""
import threading
import unittest

from probing import plan
from probing.catalogue import Catalogue, Decl, Fact
from probing.executor import Errors, Executor, Job, RunError


def f(fid, kind="run", flags="", libs="", hang="", module=""):
    return Fact(fid, kind, "", tuple(flags.split()), tuple(libs.split()), hang, "", "", "", module)


def catalogue(*facts, decls=(), headers=(), symbols=()):
    return Catalogue({x.id: x for x in facts}, {h: "h.h" for h in headers},
                     {d: Decl(d, d, "int", ("stdio.h",), "") for d in decls}, {s: s for s in symbols})


class Batches(unittest.TestCase):
    def test_kinds(self):
        cat = catalogue(f("a_declared", "compile"), f("hdr", "compile"), f("a_links", "link"), f("src", "compile"),
                        f("r1"), f("r2", hang="0"), f("own1", module="own"), decls=["a_declared"], headers=["hdr"],
                        symbols=["a_links"])
        self.assertEqual([(b.kind, b.facts) for b in plan.batches(cat)],
                         [("decls", ("a_declared",)), ("headers", ("hdr",)), ("symbols", ("a_links",)),
                          ("sources", ("src",)), ("module", ("r1",)), ("hang-module", ("r2",)), ("own", ("own1",))])

    def test_macros_share_a_module_other_flags_do_not(self):
        cat = catalogue(f("a", flags="-D_GNU_SOURCE"), f("b"), f("c", flags="-mllvm -wasm-enable-sjlj"),
                        f("d", libs="-lm"))
        self.assertEqual([b.facts for b in plan.batches(cat)], [("a", "b"), ("c",), ("d",)])

    def test_symbols_by_library_only(self):
        cat = catalogue(f("x_links", "link", flags="-D_GNU_SOURCE"), f("y_links", "link"), symbols=["x_links", "y_links"])
        self.assertEqual([b.facts for b in plan.batches(cat)], [("x_links", "y_links")])

    def test_cc1_flags_and_macros(self):
        x = f("x", flags="-D_GNU_SOURCE -DA=2 -UB -mllvm -x -lm -L/l -Wl,--y")
        self.assertEqual((x.cc1_flags, x.macros), ("-mllvm -x", "#define _GNU_SOURCE 1\n#define A 2\n#undef B\n"))

    def test_syntax_groups(self):
        cat = catalogue(f("s1", "compile"), f("s2", "compile", flags="-DX"), f("s3", "compile", flags="-mfoo"))
        g = plan.syntax_groups(cat, plan.batches(cat))
        self.assertEqual([(x.cc1_flags, x.count, x.alone) for x in g], [("", 2, False), ("-mfoo", 1, True)])

    def test_chunks_even(self):
        self.assertEqual([len(c) for c in plan.chunks(list(range(81)), 40)], [27, 27, 27])


class Executing(unittest.TestCase):
    def test_dependencies_and_added_jobs(self):
        order, lock = [], threading.Lock()

        def note(x, more=()):
            with lock:
                order.append(x)
            return list(more)

        later = Job("c", "k", note, ("c",), ("b",))
        ex = Executor(2, Errors())
        ex.add([Job("b", "k", note, ("b",), ("a",)), Job("a", "k", note, ("a", [later]))])
        ex.run()
        self.assertEqual(order, ["a", "b", "c"])

    def test_an_error_stops_after_the_protected_jobs(self):
        errors, seen, stopped = Errors(), [], []
        release = threading.Event()

        def control():
            release.wait(5)
            raise RunError("control: it failed")

        def bad():
            release.set()
            raise RunError("a batch failed")

        ex = Executor(2, errors, protect=("control",), on_stop=lambda: stopped.append(1))
        ex.add([Job("control", "k", control), Job("bad", "k", bad), Job("never", "k", seen.append, (1,), ("bad",))])
        ex.run()
        self.assertEqual((errors.first(prefer="control: "), seen, stopped), ("control: it failed", [], [1]))

    def test_a_job_that_can_never_start_is_an_error(self):
        errors = Errors()
        ex = Executor(1, errors)
        ex.add([Job("x", "k", lambda: None, (), ("nothing",))])
        ex.run()
        self.assertIn("no job can start", errors.first())

    def test_width(self):
        now, most, lock = [0], [0], threading.Lock()

        def busy():
            with lock:
                now[0] += 1
                most[0] = max(most[0], now[0])
            threading.Event().wait(0.02)
            with lock:
                now[0] -= 1

        ex = Executor(2, Errors())
        ex.add([Job(f"j{i}", "k", busy) for i in range(6)])
        ex.run()
        self.assertEqual(most[0], 2)
