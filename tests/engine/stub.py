#!/usr/bin/env python3
"""A stub compiler (role clang) and runtime batch (role batch) for the
engine tests: in record mode each call goes to the real tool and is
written down (what was asked, what the tool printed, its status, the files
it made); in replay mode the call is answered from that record. So the
engine's steps meet the real outputs of clang, wasm-ld and the runtimes,
on a machine without an SDK.

usage: stub.py clang ARGS...   |   stub.py batch JOBS RESULTS [--hang]
environment:
  STUB_MODE       record or replay (default)
  STUB_CC_RECORD, STUB_BATCH_RECORD  the records: JSON files
  STUB_CC_REAL, STUB_BATCH_REAL      record mode: the real tools' paths
  STUB_SDK        record mode: the SDK's folder (written @SDK@)
  STUB_SELF       the path the engine knows the stub compiler by (@CC@)
  STUB_TMP        the scenario's folder (written @TMP@)
"""
import fcntl
import json
import os
import subprocess
import sys


def key_of(args):
    """What a call is known by: its words, a path by its file name (a
    unit, an object, a module) or left out (a folder, a response file)."""
    k = []
    for a in args:
        if "/" in a:
            b = os.path.basename(a)
            if b.endswith((".c", ".o", ".wasm")):
                k.append(b)
        else:
            k.append(a)
    return " ".join(k)


def folder_of(args):
    """Where the call's files are: the folder of its first unit or object
    named by a full path, else the current one."""
    for a in args:
        if a.startswith("/") and a.endswith((".c", ".o")):
            return os.path.dirname(a)
    return os.getcwd()


def listing(d):
    return set(os.listdir(d)) if os.path.isdir(d) else set()


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError:
        return []


def cc1_named(text, name):
    """The -### line with its cc1 command's program named NAME: so that
    the engine's cc1 runs reach the stub too."""
    out = []
    for line in text.split("\n"):
        if '"-cc1"' in line and line.startswith(' "'):
            line = ' "' + name + line[line.index('"', 2):]
        out.append(line)
    return "\n".join(out)


def to_record(text, d):
    text = cc1_named(text, "@CC@").replace(d, "@DIR@")
    if os.environ.get("STUB_SDK"):
        text = text.replace(os.environ["STUB_SDK"], "@SDK@")
    return text.replace(os.environ["STUB_TMP"], "@TMP@")


def from_record(text, d, self_path):
    return (text.replace("@DIR@", d).replace("@SDK@", "/sdk").replace("@CC@", self_path)
            .replace("@TMP@", os.environ["STUB_TMP"]))


def clang(args):
    path = os.environ["STUB_CC_RECORD"]
    self_path = os.environ["STUB_SELF"]
    key = key_of(args)
    d = folder_of(args)
    if os.environ.get("STUB_MODE") == "record":
        real = os.environ["STUB_CC_REAL"]
        if args[:1] == ["-cc1"]:
            # The program the driver named for cc1 (a wrapper of the
            # driver's may not take -cc1 first).
            with open(path + ".cc1") as f:
                real = f.read()
        before = listing(d)
        p = subprocess.run([real, *args], capture_output=True)
        made = sorted(listing(d) - before)
        out = p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace")
        entry = {"key": key, "status": p.returncode, "log": to_record(out, d), "made": made}
        with open(path + ".lock", "w") as lk:
            fcntl.flock(lk, fcntl.LOCK_EX)
            calls = load(path)
            calls.append(entry)
            with open(path + ".tmp", "w") as f:
                json.dump(calls, f, indent=1)
            os.replace(path + ".tmp", path)
        for line in out.split("\n"):
            if '"-cc1"' in line and line.startswith(' "'):
                with open(path + ".cc1", "w") as f:
                    f.write(line[2:line.index('"', 2)])
        # The engine goes on with the real answer, its cc1 command naming
        # the stub.
        sys.stdout.write(cc1_named(out, self_path))
        return p.returncode
    for entry in load(path):
        if entry["key"] == key:
            sys.stdout.write(from_record(entry["log"], d, self_path))
            for f in entry["made"]:
                open(os.path.join(d, f), "w").close()
            return entry["status"]
    sys.stderr.write(f"stub: no recorded call for: {key}\n")
    return 70


def batch(args):
    """tools/run/batch's contract: JOBS lines id, module, folder, timeout,
    arg; RESULTS lines id, outcome, ms; each job's stdout in folder/out."""
    jobs, results = args[0], args[1]
    path = os.environ["STUB_BATCH_RECORD"]
    rows = [ln.split("\t") for ln in open(jobs).read().splitlines()]
    if os.environ.get("STUB_MODE") == "record":
        p = subprocess.run([os.environ["STUB_BATCH_REAL"], *args], capture_output=True)
        got = {}
        for ln in open(results).read().splitlines():
            f = ln.split("\t")
            got[f[0]] = f[1]
        entry = {}
        for r in rows:
            out = ""
            if os.path.exists(os.path.join(r[2], "out")):
                out = open(os.path.join(r[2], "out"), errors="replace").read()
            tmp = os.environ["STUB_TMP"]
            entry[r[0]] = {"outcome": got.get(r[0], "").replace(tmp, "@TMP@"), "out": out.replace(tmp, "@TMP@")}
        with open(path, "w") as f:
            json.dump({"batch": entry, "status": p.returncode}, f, indent=1)
        return p.returncode
    rec = json.load(open(path))
    lines = []
    for r in rows:
        e = rec["batch"].get(r[0])
        if e is None:
            sys.stderr.write(f"stub: no recorded run of {r[0]}\n")
            return 70
        os.makedirs(r[2], exist_ok=True)
        tmp = os.environ["STUB_TMP"]
        with open(os.path.join(r[2], "out"), "w") as f:
            f.write(e["out"].replace("@TMP@", tmp))
        lines.append(f"{r[0]}\t{e['outcome'].replace('@TMP@', tmp)}\t1\n")
    with open(results, "w") as f:
        f.write("".join(lines))
    return rec["status"]


if __name__ == "__main__":
    role, rest = sys.argv[1], sys.argv[2:]
    sys.exit(clang(rest) if role == "clang" else batch(rest))
