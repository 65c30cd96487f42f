# Smoke test for a CPython built for WASI (run by tools/cpython/smoke inside
# python.wasm). Prints "ok NAME" or "FAIL NAME: why" per check and, as its
# last line, "smoke: N passed, N failed"; exits 0 only if every check passed.
# Every line is flushed at once: if the process then hangs (at exit, say),
# what it printed is still there to read.
import sys

passed = failed = 0


def check(name, fn):
    global passed, failed
    try:
        fn()
    except BaseException as e:  # a check must never end the script
        failed += 1
        print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)
    else:
        passed += 1
        print(f"ok {name}", flush=True)


def expect(got, want):
    if got != want:
        raise AssertionError(f"got {got!r}, expected {want!r}")


print(f"sys.version: {sys.version}", flush=True)
print(f"sys.platform: {sys.platform}", flush=True)


def t_json():
    import json
    expect(json.loads(json.dumps({"a": [1, 2.5, None, "é"]})), {"a": [1, 2.5, None, "é"]})


def t_re():
    import re
    expect(re.match(r"(\w+)-(\d+)", "wasi-32").groups(), ("wasi", "32"))


def t_datetime():
    import datetime
    d = datetime.datetime(2000, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    expect(d.isoformat(), "2000-01-02T03:04:05+00:00")
    expect(datetime.datetime.now().year >= 2023, True)


def t_decimal():
    import decimal
    expect(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.Decimal("3.3"))


def t_hashlib():
    import hashlib
    expect(hashlib.sha256(b"abc").hexdigest(),
           "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")


def t_unicodedata():
    import unicodedata
    expect(unicodedata.name("\u00e9"), "LATIN SMALL LETTER E WITH ACUTE")


def t_file():
    # write, read and delete a file in a new temporary folder
    import os
    import pathlib
    import tempfile
    d = pathlib.Path(tempfile.mkdtemp(prefix="smoke-"))
    f = d / "hello.txt"
    f.write_text("hello, wasi\n")
    expect(f.read_text(), "hello, wasi\n")
    expect(f.stat().st_size, 12)
    expect([p.name for p in d.iterdir()], ["hello.txt"])
    f.unlink()
    expect(f.exists(), False)
    os.rmdir(d)
    expect(d.exists(), False)


def t_thread():
    # WASI p1 has no threads: starting one must fail cleanly, with
    # RuntimeError("can't start new thread"), and never run the target.
    import threading
    ran = []
    t = threading.Thread(target=lambda: ran.append(1))
    try:
        t.start()
    except RuntimeError as e:
        expect(str(e), "can't start new thread")
    else:
        t.join()
        raise AssertionError(f"a thread started (target ran: {bool(ran)})")
    expect(ran, [])
    expect(threading.active_count(), 1)


def t_lock_timeout():
    # A timed acquire of a held lock must wait out its timeout and return
    # False: on wasi-sdk 34's libc it traps (issue 17), and a wait that
    # returns at once or never is the bug too.
    import threading
    import time
    lock = threading.Lock()
    expect(lock.acquire(), True)
    t0 = time.monotonic()
    got = lock.acquire(timeout=0.1)
    waited = time.monotonic() - t0
    expect(got, False)
    # Node's clock waits may end up to a millisecond early.
    if waited < 0.095:
        raise AssertionError(f"returned after {waited:.3f} s, before the timeout")
    lock.release()
    expect(lock.acquire(timeout=0.1), True)
    lock.release()


def t_queue_timeout():
    # queue.Queue().get(timeout=...) on an empty queue: queue.Empty after
    # the timeout (a condition variable's timed wait underneath).
    import queue
    import time
    q = queue.Queue()
    t0 = time.monotonic()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        pass
    else:
        raise AssertionError("get() on an empty queue returned")
    waited = time.monotonic() - t0
    if waited < 0.095:
        raise AssertionError(f"raised after {waited:.3f} s, before the timeout")
    q.put(1)
    expect(q.get(timeout=0.1), 1)


check("import json", t_json)
check("import re", t_re)
check("import datetime", t_datetime)
check("import decimal", t_decimal)
check("import hashlib", t_hashlib)
check("import unicodedata", t_unicodedata)
check("file write/read/delete (pathlib, tempfile)", t_file)
check("thread start fails cleanly (threading)", t_thread)
check("timed acquire of a held lock returns False after the timeout", t_lock_timeout)
check("queue.Queue().get(timeout=0.1) raises queue.Empty after the timeout", t_queue_timeout)

print(f"smoke: {passed} passed, {failed} failed", flush=True)
sys.exit(0 if failed == 0 else 1)
