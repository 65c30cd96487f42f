"""Which facts go together (docs/probe-engine.md): the batches of the
catalogue, the groups of compile facts that share a cc1 command, and the
chunks a group is compiled in. Pure: the catalogue in, the plan out; the
engine (tools/probe/engine) turns it into jobs."""
from dataclasses import dataclass

SYNTAX_KINDS = ("headers", "sources", "decls")


@dataclass(frozen=True)
class Batch:
    name: str  # b1, b2, ...
    kind: str  # headers, decls, sources, symbols, module, hang-module, own
    flags: str  # the words of its facts' flags that matter to it
    extra: str  # decls: the headers; module: the libraries
    facts: tuple

    def row(self):
        return "\t".join((self.name, self.kind, self.flags, self.extra, " ".join(self.facts)))


def _words(flags, link):
    """The words of a set of flags that matter: for symbols (link) only
    the libraries, as their program includes no header; for modules all
    but -D/-U, as objects built with other macros link together alike."""
    if link:
        return " ".join(w for w in flags if w.startswith(("-l", "-L", "-Wl,")))
    return " ".join(w for w in flags if not w.startswith(("-D", "-U")))


def batches(cat):
    order, members = [], {}
    for f in cat.facts.values():
        fl = " ".join(f.flags)
        if f.id in cat.decls:
            d = cat.decls[f.id]
            key = ("decls", d.flags, ",".join(d.headers))
        elif f.id in cat.headers:
            key = ("headers", fl, "")
        elif f.id in cat.symbols:
            key = ("symbols", _words(f.flags, True), "")
        elif f.kind == "compile":
            key = ("sources", fl, "")
        elif f.module == "own":
            key = ("own", fl, " ".join(f.libs), f.id)
        else:
            key = ("hang-module" if f.hang else "module", _words(f.flags, False), " ".join(f.libs))
        if key not in members:
            order.append(key)
            members[key] = []
        members[key].append(f.id)
    return [Batch(f"b{i}", k[0], k[1], k[2], tuple(members[k])) for i, k in enumerate(order, 1)]


@dataclass(frozen=True)
class SyntaxGroup:
    """The compile facts' batches whose facts share a cc1 command (the
    facts of a batch share their flags)."""

    cc1_flags: str
    batches: tuple
    count: int  # facts

    @property
    def alone(self):
        """A group of one fact with flags of its own is that fact's own
        compile: one driver process, where a cc1 batch takes two."""
        return self.cc1_flags != "" and self.count == 1


def syntax_groups(cat, plan):
    order, groups = [], {}
    for b in plan:
        if b.kind not in SYNTAX_KINDS:
            continue
        g = cat.facts[b.facts[0]].cc1_flags
        if g not in groups:
            order.append(g)
            groups[g] = []
        groups[g].append(b)
    return [SyntaxGroup(g, tuple(groups[g]), sum(len(b.facts) for b in groups[g])) for g in order]


def chunks(items, size):
    """items in chunks of about the same size, at most size each, so that
    they end together."""
    if not items:
        return []
    n = (len(items) + size - 1) // size
    per = (len(items) + n - 1) // n
    return [items[i:i + per] for i in range(0, len(items), per)]
