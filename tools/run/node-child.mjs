// The Node runtime for one program, started by tools/run/wasi-run.mjs: runs
// it on this thread (whose stack the parent sized) and reports the outcome
// as one JSON line on file descriptor 3, after a line that says it started
// the program. If this process dies instead, the
// missing report tells the parent that the runtime failed.
import { readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile, runWasi } from './node-wasi.mjs';

const spec = JSON.parse(process.argv[2]);
function report(outcome) {
  writeSync(3, JSON.stringify(outcome) + '\n');
  process.exit(outcome.kind === 'exit' ? outcome.status : 0);
}
let bytes;
try {
  bytes = readFileSync(spec.program);
} catch (e) {
  report({ kind: 'noload', message: e.message });
}
const c = compile(bytes);
if (c.outcome) report(c.outcome);
const preopens = {};
for (const [host, guest] of spec.dirs) preopens[guest] = resolve(host);
// The time limit counts from here, as on a batch's worker: Node's start and
// the module's compile, which a loaded machine may make slow, are no part
// of the program's time.
writeSync(3, JSON.stringify({ started: true }) + '\n');
report(runWasi({ module: c.module, args: spec.args, env: spec.env, preopens }));
