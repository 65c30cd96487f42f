// tools/run/runtime: what the shell tools ask of the runtime WASI_RUNNER
// names (unset: the runtime of record), answered by tools/run/runtimes.mjs,
// so that no other tool names a runtime.
//   describe   lines "field<TAB>value": id (the build id's part: wasmtime,
//              node, wazero, or runner-<digest> for a command), exe (its
//              path, or missing:NAME), version (what it says of itself),
//              record (1 for the runtime of record), install (the name
//              tools/run/install takes to install it, or empty)
import { RECORD, describe, resolveRunner } from './runtimes.mjs';

const [what] = process.argv.slice(2);
if (what !== 'describe') {
  process.stderr.write('usage: tools/run/runtime describe\n');
  process.exit(2);
}
const r = resolveRunner();
const d = describe(r);
// A runtime named by its bare name that is not there can be installed.
const installable = (r.kind === 'wasmtime' || r.kind === 'wazero') && r.words[0] === r.kind;
const clean = (v) => String(v).replace(/[\t\n]/g, ' ');
process.stdout.write(
  [['id', d.id], ['exe', d.exe], ['version', d.version], ['record', d.record ? 1 : 0],
    ['install', installable ? r.kind : ''], ['default', RECORD]]
    .map(([k, v]) => `${k}\t${clean(v)}\n`).join(''));
