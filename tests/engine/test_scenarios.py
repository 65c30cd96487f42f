"""Each scenario of scenarios.py replayed through the stub tools: the
engine's steps meet what the real clang, wasm-ld and runtime said
(recorded/), and must record what the scenario says."""
import shutil
import tempfile
import unittest

import harness
from scenarios import SCENARIOS


class Replay(unittest.TestCase):
    pass


def _case(name):
    def test(self):
        tmp = tempfile.mkdtemp(prefix="wasishim-engine-")
        try:
            wrong = harness.play(name, tmp, *harness.setup(name, tmp))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        self.assertEqual(wrong, [], name)
    return test


for _name in SCENARIOS:
    setattr(Replay, "test_" + _name.replace("-", "_"), _case(_name))
