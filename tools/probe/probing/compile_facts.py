"""The compile facts (headers, declarations, hand-written compile probes)
in cc1 batches, and the link facts of generated probes in one program per
set of libraries."""
import os

from . import attribute as at
from .build import (CONTROL_UNIT, absent_headers, cc1_batch, cc1_command, probe_one, read_text, write)
from .executor import Job, RunError


def syntax_units(run, group, folder):
    """Writes the units of a group of compile facts into folder: headers,
    declarations (one file per batch, #line naming each fact), sources with
    their macros (a source without them is its own unit). A missing header
    fails every fact that needs it, the way a compile would. Returns the
    list of (unit, facts), the control first."""
    cat = run.cat
    absent = absent_headers(run)
    os.makedirs(folder, exist_ok=True)
    write(f"{folder}/wasishim__control.c", CONTROL_UNIT)
    entries = [(f"{folder}/wasishim__control.c", ())]

    def missing(fid, h):
        run.record(fid, at.Result("0", "measured", f"fatal error: '{h}' file not found"))

    for b in group.batches:
        # The macros of the batch: those of its facts (they share their flags).
        m = cat.facts[b.facts[0]].macros
        if b.kind == "sources":
            for fid in b.facts:
                src = cat.facts[fid].source
                if not m:
                    entries.append((src, (fid,)))
                    continue
                # Found through -iquote, as a module unit is.
                u = f"{folder}/{fid}.w.c"
                write(u, f'{m}#include "{os.path.basename(src)}"\n')
                entries.append((u, (fid,)))
        elif b.kind == "headers":
            for fid in b.facts:
                h = cat.headers[fid]
                if h in absent:
                    missing(fid, h)
                    continue
                u = f"{folder}/{fid}.c"
                write(u, f"{m}#include <{h}>\n")
                entries.append((u, (fid,)))
        elif b.kind == "decls":
            hs = cat.decls[b.facts[0]].headers
            miss = next((h for h in hs if h in absent), None)
            if miss:
                for fid in b.facts:
                    missing(fid, miss)
                continue
            u = f"{folder}/{b.name}.c"
            text = [m, f'#line 1 "wasishim__headers_{b.name}"\n', *(f"#include <{h}>\n" for h in hs)]
            for i, fid in enumerate(b.facts, 1):
                d = cat.decls[fid]
                text.append(f'#line 1 "{fid}"\n__typeof__({d.type}) wasishim_probe_{i} = {d.function};\n')
            write(u, "".join(text))
            entries.append((u, b.facts))
    return entries


def syntax_jobs(run, group, index):
    """The jobs of one group: its units written, then cc1 batches of at most
    run.chunk units, each with the control. A group of one fact with flags
    of its own is that fact's own compile. Returns jobs (the job that
    expands a group returns its chunks)."""
    if group.alone:
        fid = group.batches[0].facts[0]
        return [Job(f"one:{fid}", "compile", probe_one, (run, fid), detail=f"probe_one {fid}")]
    folder = os.path.join(run.work, "s", str(index))
    entries = syntax_units(run, group, folder)
    argv, refused = cc1_command(run, "-fsyntax-only", group.cc1_flags)
    if refused:
        for _, facts in entries[1:]:
            for fid in facts:
                run.record(fid, at.Result("0", "measured", refused))
        return []
    jobs = []
    for i in range(1, len(entries), run.chunk):
        part = [entries[0], *entries[i:i + run.chunk]]
        jobs.append(Job(f"syntax:{index}:{i}", "compile", syntax_chunk, (run, argv, part, f"{folder}/chunk{i}"),
                        detail=f"syntax_chunk {index}.{i}"))
    return jobs


def syntax_chunk(run, argv, entries, log_base):
    iq = ["-iquote", os.path.join(run.top, "probes"), "-iquote", os.path.join(run.cat_dir, "gen")]
    failed = cc1_batch(run, "-fsyntax-only", [*argv, *iq], entries, log_base)
    for _, facts in entries[1:]:
        for fid in facts:
            if failed is None:
                probe_one(run, fid)
            elif fid in failed:
                run.record(fid, at.Result("0", "measured", failed[fid]))
            else:
                run.record(fid, at.Result("1", "measured", ""))


def run_symbols(run, batch):
    """One link with every function of the batch: wasm-ld names each one it
    cannot find."""
    d = os.path.join(run.work, "b", batch.name)
    os.makedirs(d, exist_ok=True)
    fns = [run.cat.symbols[fid] for fid in batch.facts]
    write(f"{d}/s.c", "".join(f"char {fn}(void);\n" for fn in fns) + "int main(void) {\n  int n = 0;\n" +
          "".join(f"  n += {fn}();\n" for fn in fns) + "  return n;\n}\n")
    rc = run.call([*run.tc.cc, "-std=gnu11", "-w", *batch.flags.split(), *run.tc.pass_cflags, f"{d}/s.c", "-o",
                   f"{d}/s.wasm", *run.tc.pass_libs, "-Wl,--error-limit=0"], f"{d}/log")
    ans = at.symbols_log(read_text(f"{d}/log"), rc)
    if ans.failure:
        raise RunError(f"the linker failed on batch {batch.name}: {ans.failure} (log: {d}/log)")
    for fid, fn in zip(batch.facts, fns):
        if ans.unsure:
            probe_one(run, fid)
        elif fn in ans.undefined:
            run.record(fid, at.Result("0", "measured", f"undefined symbol: {fn}"))
        else:
            run.record(fid, at.Result("1", "measured", ""))
