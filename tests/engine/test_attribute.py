"""The attribution rules on their own (tools/probe/probing/attribute.py),
on lines the real tools print (tests/engine/recorded/)."""
import unittest

from probing import attribute as at
from probing.catalogue import Fact


def fact(**kw):
    f = dict(id="p", kind="run", source="", flags=(), libs=(), hang="", hang_why="", fallback="", fallback_why="",
             module="")
    f.update(kw)
    return Fact(**f)


class Classify(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(at.classify_build("", 0).kind, "ok")

    def test_diagnostic_is_an_answer(self):
        v = at.classify_build("/w/a.c:1:10: fatal error: 'x.h' file not found\n1 error generated.\n", 1)
        self.assertEqual((v.kind, v.why), ("answer", "fatal error: 'x.h' file not found"))

    def test_crash_is_a_failure(self):
        log = "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/\nStack dump:\n"
        self.assertEqual(at.classify_build(log, 1).kind, "failure")

    def test_killed_is_a_failure(self):
        self.assertEqual(at.classify_build("", 137).why, "exit status 137")

    def test_no_diagnostic_is_a_failure(self):
        self.assertTrue(at.classify_build("something odd\n", 1).why.startswith("exit status 1 with no diagnostic"))

    def test_signal_status(self):
        self.assertEqual(at.status_of(-9), 137)


class Tidy(unittest.TestCase):
    def test_path_and_flag(self):
        self.assertEqual(at.tidy_error("/w/x/f.c:3:5: error: call to undeclared function 'g'; ISO C99 and later "
                                       "do not support implicit function declarations [-Wimplicit-function-declaration]"),
                         "error: call to undeclared function 'g'")

    def test_linker(self):
        self.assertEqual(at.tidy_error("wasm-ld: error: unable to find library -lfoo"), "unable to find library -lfoo")


class Cc1(unittest.TestCase):
    units = ["/d/wasishim__control.c", "/d/a.c", "/d/b.c", "/d/c.c"]
    facts = {"/d/a.c": ("a",), "/d/b.c": ("b",), "/d/c.c": ("c",)}

    def test_fatal_cuts_the_rest(self):
        ans = at.cc1_log("/d/b.c:1:10: fatal error: 'x.h' file not found\n", self.units, self.facts, "-fsyntax-only")
        self.assertEqual((ans.errors, ans.rerun), ({"b": "fatal error: 'x.h' file not found"}, ["/d/c.c"]))

    def test_error_costs_later_objects(self):
        ans = at.cc1_log("/d/a.c:2:1: error: e\n/d/c.c:2:1: error: f\n", self.units, self.facts, "-c")
        self.assertEqual((ans.errors, ans.rerun), ({"a": "error: e", "c": "error: f"}, ["/d/b.c"]))

    def test_error_in_an_included_file_is_the_includers(self):
        log = "In file included from /d/b.c:1:\n/sdk/include/h.h:3:1: error: e\n"
        self.assertEqual(at.cc1_log(log, self.units, self.facts, "-fsyntax-only").errors, {"b": "error: e"})

    def test_control_error(self):
        self.assertTrue(at.cc1_log("/d/wasishim__control.c:1:1: error: e\n", self.units, self.facts, "-c").control)

    def test_an_error_naming_no_unit_is_unknown(self):
        self.assertTrue(at.cc1_log("error: unable to open output file\n", self.units, self.facts, "-c").unknown)

    def test_a_line_names_its_fact(self):
        units = ["/d/wasishim__control.c", "/d/b1.c"]
        log = "In file included from wasishim__headers_b1:2:\n/sdk/h.h:1:1: error: x\nf_two:1:9: error: y\n"
        ans = at.cc1_log(log, units, {"/d/b1.c": ("f_one", "f_two")}, "-fsyntax-only")
        self.assertEqual(ans.errors, {"f_one": "error: x", "f_two": "error: x"})


class Link(unittest.TestCase):
    def test_undefined_symbol_names_its_probe(self):
        log = "wasm-ld: error: /w/b/b1/u_b.w.o: undefined symbol: missing\nclang: error: linker command failed\n"
        self.assertEqual(at.link_log(log, 1, {"u_a", "u_b"}).bad, {"u_b": "undefined symbol: missing"})

    def test_duplicate_symbol_splits(self):
        log = "wasm-ld: error: duplicate symbol: x\n>>> defined in n_b.w.o\n>>> defined in n_c.w.o\n"
        self.assertTrue(at.link_log(log, 1, {"n_b", "n_c"}).split)

    def test_missing_library(self):
        log = "wasm-ld: error: unable to find library -lno\nclang: error: linker command failed\n"
        self.assertEqual(at.link_log(log, 1, {"a"}).library, "unable to find library -lno")

    def test_symbols(self):
        log = "wasm-ld: error: s.o: undefined symbol: chmod\nclang: error: linker command failed with exit code 1\n"
        self.assertEqual(at.symbols_log(log, 1).undefined, frozenset({"chmod"}))

    def test_symbols_unsure(self):
        self.assertTrue(at.symbols_log("wasm-ld: error: something else\n", 1).unsure)


class Runs(unittest.TestCase):
    def test_hang_probe(self):
        r = at.run_result("timeout 2", "", fact(hang="0", hang_why="w"))
        self.assertEqual((r.value, r.provenance), ("0", "measured"))

    def test_other_timeout_is_not_run(self):
        r = at.run_result("timeout 10", "", fact(fallback="1", fallback_why="w"))
        self.assertEqual((r.value, r.provenance), ("1", "not-run"))

    def test_trap(self):
        self.assertEqual(at.run_result("trap unreachable", "", fact()).detail, "trapped")

    def test_runtime_failure_is_no_result(self):
        self.assertIsNone(at.run_result("failed killed by signal 6", "", fact()))
