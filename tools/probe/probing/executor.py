"""A generic executor for a plan of jobs. A job has a name, a kind (for the
times table), a priority, the names of the jobs it waits for, and a
function with its arguments. Of the jobs whose dependencies have ended, the
one of lowest priority number (then the first planned) starts next; at most
`width` pool jobs run at once, and jobs with pool=False (the runtime
batches, which run beside the compiles) do not count. A job may return
more jobs, which join the plan: what it found decides them (the chunks of
a group, the links after them); a job may wait for a name that such a job
will bring. The first error stops the launching of new jobs: the protected
jobs (the controls, whose error names the cause) end, then on_stop is
called (it ends the running tools) and the running jobs end. run() returns
when no job runs.
"""
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    kind: str
    fn: object  # callable(*args) -> None or a list of Jobs
    args: tuple = ()
    deps: tuple = ()  # names of jobs that must end first
    priority: int = 0
    pool: bool = True
    detail: str = ""  # for the times table


@dataclass
class Timing:
    """A job as it ran: the plan executed (times.tsv)."""

    kind: str
    start: float
    end: float
    detail: str
    name: str
    deps: tuple


class RunError(Exception):
    """An error of the run: the measurement is not sound."""


@dataclass
class Errors:
    """What jobs report as errors of the run, in order; thread-safe."""

    lines: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, line):
        with self.lock:
            self.lines.append(line)

    def __bool__(self):
        with self.lock:
            return bool(self.lines)

    def first(self, prefer=""):
        """The one line to stop with: one that starts with prefer (a failed
        control names the cause) before any other."""
        with self.lock:
            for line in self.lines:
                if prefer and line.startswith(prefer):
                    return line
            return self.lines[0] if self.lines else ""


class Executor:
    def __init__(self, width, errors, protect=(), on_stop=None):
        self.width = max(1, width)
        self.errors = errors
        self.protect = set(protect)
        self.on_stop = on_stop
        self.times = []
        self._cv = threading.Condition()
        self._pending = []  # planned, not started, in the order planned
        self._names = set()
        self._done = set()
        self._running = set()
        self._pool_running = 0

    def add(self, jobs):
        with self._cv:
            self._add(jobs)

    def _add(self, jobs):
        for j in jobs:
            if j.name in self._names:
                self.errors.add(f"engine error: job {j.name} planned twice")
                return
            self._names.add(j.name)
            self._pending.append(j)
        self._cv.notify_all()

    def _next(self):
        best = None
        for j in self._pending:
            if j.pool and self._pool_running >= self.width:
                continue
            if all(d in self._done for d in j.deps) and (best is None or j.priority < best.priority):
                best = j
        return best

    def _run_one(self, j):
        t0 = time.time()
        more = []
        try:
            more = j.fn(*j.args) or []
        except RunError as e:
            self.errors.add(str(e))
        except Exception as e:  # an engine bug is an error of the run, named
            self.errors.add(f"engine error in job {j.name}: {type(e).__name__}: {e}")
        t1 = time.time()
        with self._cv:
            self.times.append(Timing(j.kind, t0, t1, j.detail or j.name, j.name, j.deps))
            self._running.discard(j.name)
            if j.pool:
                self._pool_running -= 1
            self._done.add(j.name)
            if more and not self.errors:
                self._add(more)
            self._cv.notify_all()

    def run(self):
        stopping = False
        with self._cv:
            while True:
                if self.errors and not stopping:
                    stopping = True
                    self._pending = [j for j in self._pending if j.name in self.protect and not j.deps]
                if stopping and not (self._running & self.protect) and not any(
                        j.name in self.protect for j in self._pending):
                    if self.on_stop:
                        on_stop, self.on_stop = self.on_stop, None
                        self._cv.release()
                        try:
                            on_stop()
                        finally:
                            self._cv.acquire()
                    self._pending = []
                if not self._pending and not self._running:
                    return
                j = self._next() if self._pending else None
                if j is None:
                    if not self._running:
                        waits = next((d for d in self._pending[0].deps if d not in self._done), "?")
                        self.errors.add(f"engine error: no job can start ({self._pending[0].name} waits for {waits})")
                        self._pending = []
                        continue
                    self._cv.wait()
                    continue
                self._pending.remove(j)
                self._running.add(j.name)
                if j.pool:
                    self._pool_running += 1
                threading.Thread(target=self._run_one, args=(j,), daemon=True).start()
