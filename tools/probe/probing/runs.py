"""The run probes' runs: one runtime batch (tools/run/batch) for the hang
probes, started as soon as their modules are linked, and one for the rest;
then each outcome becomes a result (attribute.run_result). How a runtime
runs a batch, and the hang probes' limit, are the runtime's policy
(tools/run/runtimes.mjs): the engine names no runtime."""
import os


from . import attribute as at
from .build import first_line, probe_one, read_text, write
from .executor import RunError


def jobs_of(run, batches, timeout):
    """The jobs of a run phase, a control per module first, as
    tools/run/batch takes them: "id<TAB>module<TAB>folder<TAB>timeout<TAB>arg"."""
    lines = []
    for b in batches:
        d = os.path.join(run.work, "b", b.name)
        for row in read_text(f"{d}/modules").splitlines():
            name, wasm = row.split("\t")
            cid = f"{b.name}-{name}-control"
            lines.append(f"{cid}\t{wasm}\t{run.work}/run/{cid}\t{run.timeout}\twasishim__control\n")
        for row in read_text(f"{d}/runs").splitlines():
            fid, wasm = row.split("\t")
            lines.append(f"{fid}\t{wasm}\t{run.work}/run/{fid}\t{timeout}\t{fid}\n")
    return "".join(lines)


def run_batch(run, batches, timeout, name, hang):
    """Runs the batch's jobs; their outcomes into work/NAME.results."""
    jobs = os.path.join(run.work, name + ".jobs")
    results = os.path.join(run.work, name + ".results")
    text = jobs_of(run, batches, timeout)
    write(jobs, text)
    if not text:
        write(results, "")
        return
    norun = os.path.join(run.work, "norun")
    if os.path.exists(norun):
        write(results, "".join(f"{ln.split(chr(9))[0]}\tnorun\n" for ln in text.splitlines()))
        return
    env = dict(run.env, BATCH_JOBS=str(run.jobs))
    rc = run.call([run.batch_tool, jobs, results, *(["--hang"] if hang else [])],
                  results + ".log", env=env)
    if rc != 0 and not (os.path.exists(results) and os.path.getsize(results)):
        raise RunError(f"the runtime batch failed: {first_line(results + '.log')} (log: {results}.log)")


def results_of(run, name):
    """The outcomes of a run phase into results. A module whose control did
    not answer right makes the run unsound; a runtime failure is run again
    on its own once (probe_one), which then stops the run if it fails
    again."""
    norun = os.path.join(run.work, "norun")
    norun_why = first_line(norun) if os.path.exists(norun) else None
    for row in read_text(os.path.join(run.work, name + ".results")).splitlines():
        fid, oc = row.split("\t")[:2]
        folder = os.path.join(run.work, "run", fid)
        if fid.endswith("-control"):
            if norun_why is not None:
                continue
            out = first_line(f"{folder}/out")
            mod = fid[:-len("-control")]
            if oc == "exit 0":
                if out != "wasishim control ok":
                    raise RunError(f"control: module {mod} ran but its control printed '{out}'")
            elif not oc.startswith("noload"):  # the runtime cannot run it: its probes say so
                raise RunError(f"control: module {mod} did not run its control under {run.tc.RUNNER}: {oc}")
            continue
        if norun_why is not None:
            oc = f"norun {norun_why}"
        r = at.run_result(oc, first_line(f"{folder}/out"), run.cat.facts[fid])
        if r is None:
            probe_one(run, fid)
        else:
            run.record(fid, r)
