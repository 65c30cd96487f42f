"""Link and run probes in modules: the probes of one set of flags and
libraries in one wasm module, each probe's main renamed, and the module's
main calling the one argv[1] names (docs/probe-engine.md). The units are
compiled in object batches, the objects linked, the failures to link
attributed (bisected where no probe is named)."""
import os

from . import attribute as at
from .build import CONTROL_UNIT, cc1_batch, cc1_command, probe_build, probe_one, read_text, write
from .executor import RunError
from .plan import chunks

DISPATCH_HEAD = """/* Written by tools/probe/engine: runs the probe argv[1] names. */
#include <string.h>
#include <unistd.h>
"""
DISPATCH_MAIN = """int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "wasishim__control") == 0)
    return write(1, "wasishim control ok\\n", 20) != 20;
  for (size_t i = 0; argc == 2 && i < sizeof probes / sizeof probes[0]; i++)
    if (strcmp(argv[1], probes[i].name) == 0 && probes[i].run)
      return probes[i].run();
  return 125;
}
"""


def folder(run, batch):
    return os.path.join(run.work, "b", batch.name)


def module_units(run, batch):
    """Writes a module's control, dispatcher and one wrapper per probe;
    returns (control, dispatcher, [(wrapper, fact)])."""
    d = folder(run, batch)
    os.makedirs(d, exist_ok=True)
    b = batch.name
    write(f"{d}/wasishim__control_{b}.c", CONTROL_UNIT)
    text = [DISPATCH_HEAD]
    text += [f"__attribute__((weak)) int wasishim__probe_{fid}(void);\n" for fid in batch.facts]
    text.append("static const struct { const char *name; int (*run)(void); } probes[] = {\n")
    text += [f'  {{"{fid}", wasishim__probe_{fid}}},\n' for fid in batch.facts]
    text.append("};\n" + DISPATCH_MAIN)
    write(f"{d}/wasishim__dispatch_{b}.c", "".join(text))
    units = []
    # The probe itself is found through -iquote (module_compile).
    for fid in batch.facts:
        f = run.cat.facts[fid]
        write(f"{d}/{fid}.w.c", f'{f.macros}#define main wasishim__probe_{fid}\n#include "{os.path.basename(f.source)}"\n')
        units.append((f"{d}/{fid}.w.c", fid))
    return f"{d}/wasishim__control_{b}.c", f"{d}/wasishim__dispatch_{b}.c", units


def undeclared(run, fid):
    """Whether a probe is of a function its SDK does not declare, as far as
    the declaration facts measured so far say (the longest
    <prefix>_declared of its name). Such a probe fails to compile, and an
    error costs the files after it in a cc1 run their objects: these go
    last. Only the order depends on it."""
    p = fid
    while "_" in p:
        p = p.rsplit("_", 1)[0]
        v = run.result_of(p + "_declared")
        if v is not None:
            return v == "0"
    return False


def module_chunks(run, batches):
    """The units of several modules in chunks by cc1 flags (all units of a
    module have the same): one cc1 run compiles for several modules, each
    object beside its unit. The first chunk of a group has the
    dispatchers, after the control. Returns [(cc1 flags, entries)]."""
    order, ctl, disp, first, last = [], {}, {}, {}, {}
    for b in batches:
        control, dispatcher, units = module_units(run, b)
        fl = run.cat.facts[b.facts[0]].cc1_flags
        if fl not in ctl:
            order.append(fl)
            ctl[fl], disp[fl], first[fl], last[fl] = control, [], [], []
        disp[fl].append((dispatcher, ()))
        for u, fid in units:
            (last if undeclared(run, fid) else first)[fl].append((u, (fid,)))
    out = []
    for fl in order:
        for i, part in enumerate(chunks(first[fl] + last[fl], run.chunk)):
            out.append((fl, [(ctl[fl], ()), *(disp[fl] if i == 0 else []), *part]))
    return out


def module_compile(run, flags, entries, tag):
    """One object batch of module units: the units with an error are
    answered by it, those left without an object go again (cc1_batch).
    Each module's objects are listed beside its units, in TAG.objects."""
    argv, refused = cc1_command(run, "-c", flags)
    facts = [fid for _, fs in entries for fid in fs]
    if refused:
        for fid in facts:
            run.record(fid, at.build_failed(run.cat.facts[fid], refused))
        return
    iq = ["-iquote", os.path.join(run.top, "probes"), "-iquote", os.path.join(run.cat_dir, "gen")]
    failed = cc1_batch(run, "-c", [*argv, *iq], entries, os.path.join(run.work, "b", tag))
    if failed is None:
        # Unreadable: each on its own.
        for fid in facts:
            probe_one(run, fid)
        return
    for fid, e in failed.items():
        run.record(fid, at.build_failed(run.cat.facts[fid], e))
    for u, fs in entries:
        if os.path.basename(u).startswith("wasishim__dispatch_") and not os.path.exists(u[:-2] + ".o"):
            raise RunError(f"the dispatcher {os.path.basename(u)} did not compile (logs: {run.work}/b/{tag}.log.*)")
    for u, fs in entries:
        for fid in fs:
            if fid in failed:
                continue
            if os.path.exists(u[:-2] + ".o"):
                with open(os.path.join(os.path.dirname(u), f"{tag}.objects"), "a") as f:
                    f.write(fid + "\n")
            else:
                probe_one(run, fid)


def link_set(run, batch, name, ids):
    """Links the objects of ids into NAME.wasm; facts that cannot link are
    answered, the rest are returned. An error that names no fact splits
    the set in two."""
    d = folder(run, batch)
    left = list(ids)
    while left:
        rc = run.call([*run.cc(*batch.flags.split(), f"wasishim__dispatch_{batch.name}.o",
                               *(f"{fid}.w.o" for fid in left), "-o", f"{name}.wasm"),
                       *batch.extra.split(), *run.tc.pass_libs, "-Wl,--error-limit=0"], f"{d}/{name}.log", cwd=d)
        if rc == 0:
            return [(name, left)]
        ans = at.link_log(read_text(f"{d}/{name}.log"), rc, set(left))
        if ans.failure:
            raise RunError(f"the linker failed on batch {batch.name}: {ans.failure} (log: {d}/{name}.log)")
        # A missing library fails every program of the set alike.
        if ans.library:
            for fid in left:
                run.record(fid, at.build_failed(run.cat.facts[fid], ans.library))
            return []
        if ans.bad:
            for fid, why in ans.bad.items():
                run.record(fid, at.build_failed(run.cat.facts[fid], why))
            left = [fid for fid in left if fid not in ans.bad]
            continue
        if len(left) == 1:
            run.record(left[0], at.build_failed(run.cat.facts[left[0]], ans.answer))
            return []
        half = len(left) // 2
        return link_set(run, batch, name + "a", left[:half]) + link_set(run, batch, name + "b", left[half:])
    return []


def module_link(run, batch):
    """Links a module; link probes are done once linked, run probes wait
    for their run: written to the batch's runs and modules lists."""
    d = folder(run, batch)
    ok = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".objects"):
            ok += read_text(os.path.join(d, f)).split()
    runs, mods = [], []
    for name, ids in (link_set(run, batch, "m", ok) if ok else []):
        for fid in ids:
            if run.cat.facts[fid].kind == "link":
                run.record(fid, at.Result("1", "measured", ""))
            else:
                runs.append(f"{fid}\t{d}/{name}.wasm\n")
        mods.append(f"{name}\t{d}/{name}.wasm\n")
    write(f"{d}/runs", "".join(runs))
    write(f"{d}/modules", "".join(mods))


def hang_module_build(run, batch):
    """A hang probes' module, all of it in one job."""
    for i, (fl, entries) in enumerate(module_chunks(run, [batch])):
        module_compile(run, fl, entries, f"{batch.name}.list{i}")
    module_link(run, batch)


def own_build(run, batch):
    """A hang probe with a module of its own, run with the other hang
    probes (a program of its own has no control: its runtime failure goes
    to probe_one, as any other's)."""
    d = folder(run, batch)
    os.makedirs(d, exist_ok=True)
    fid = batch.facts[0]
    runs = ""
    if probe_build(run, fid):
        runs = f"{fid}\t{run.work}/one/{fid}/p.wasm\n"
    write(f"{d}/runs", runs)
    write(f"{d}/modules", "")
