"""How the engine tests set up a scenario: the toolchain the engine is
given (the stub compiler in front of a real one when recording, alone when
replaying), the stubs' environment, and where the records are."""
import json
import os

from scenarios import TOP, play  # noqa: F401
from probing import toolchain

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDED = os.path.join(HERE, "recorded")
STUB_CC = os.path.join(HERE, "stub-clang")
STUB_BATCH = os.path.join(HERE, "stub-batch")


def records(name):
    return os.path.join(RECORDED, name + ".cc.json"), os.path.join(RECORDED, name + ".batch.json")


def setup(name, tmp, real=None):
    """The toolchain and runtime batch for scenario NAME in tmp, with the stubs' environment
    set. real: the real build's toolchain (record mode), or None (replay,
    from the records' meta.json)."""
    cc_rec, batch_rec = records(name)
    env = {"STUB_CC_RECORD": cc_rec, "STUB_BATCH_RECORD": batch_rec, "STUB_SELF": STUB_CC, "STUB_TMP": tmp}
    if real is not None:
        env.update(STUB_MODE="record", STUB_CC_REAL=real.cc[0], STUB_BATCH_REAL=os.path.join(TOP, "tools/run/batch"),
                   STUB_SDK=real.SDK_DIR)
        cc = (STUB_CC, *real.cc[1:])
        fields = dict(real.fields)
    else:
        env["STUB_MODE"] = "replay"
        with open(os.path.join(RECORDED, "meta.json")) as f:
            meta = json.load(f)
        cc = (STUB_CC, *meta["cc_args"])
        fields = {k: "" for k in toolchain.FIELDS}
        fields.update(RUNNER=meta["runner"], SDK_ID=meta["sdk_id"])
    os.environ.update(env)
    return toolchain.Toolchain(cc, fields, (), (), False), STUB_BATCH
