// tools/run/wasi-run: parses wasmtime-style options, runs the program under
// the runtime WASI_RUNNER names (tools/run/runtimes.mjs) and ends the way
// tools/run/wasi-run documents.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { endAll, policy, resolveRunner, run } from './runtimes.mjs';

const argv = process.argv.slice(2);
function usage(why) {
  process.stderr.write(`wasi-run: ${why}\nusage: wasi-run [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [--argv0 NAME] [--stack-size BYTES] [--] PROGRAM.wasm [ARGS...]\n`);
  process.exit(2);
}
const spec = { dirs: [], env: {}, args: [] };
const value = (i, opt) => {
  if (i + 1 >= argv.length) usage(`${opt} needs a value`);
  return argv[i + 1];
};
function stackFrom(opt) {
  const m = /^max-wasm-stack=(\d+)$/.exec(opt);
  if (!m) usage(`unsupported wasm option '${opt}' (only max-wasm-stack=BYTES)`);
  spec.stack = +m[1];
}
let i = argv[0] === 'run' ? 1 : 0;
for (; i < argv.length; i++) {
  const a = argv[i];
  let m;
  if (a === '--dir' || a === '--mapdir') addDir(value(i++, a));
  else if ((m = /^--dir=(.*)$/s.exec(a))) addDir(m[1]);
  else if (a === '--env') addEnv(value(i++, a));
  else if ((m = /^--env=(.*)$/s.exec(a))) addEnv(m[1]);
  else if (a === '--argv0') spec.argv0 = value(i++, a);
  else if ((m = /^--argv0=(.*)$/s.exec(a))) spec.argv0 = m[1];
  else if (a === '--stack-size' || (m = /^--stack-size=(.*)$/.exec(a))) {
    const v = m ? m[1] : value(i++, a);
    if (!/^\d+$/.test(v)) usage(`stack size '${v}' is not a number of bytes`);
    spec.stack = +v;
  } else if (a === '-W' || a === '--wasm') stackFrom(value(i++, a));
  else if (a === '--config') {
    const f = value(i++, a);
    if (!existsSync(f)) usage(`--config ${f}: no such file`);
    // TOML integers may hold underscores (33_554_432).
    const m2 = /^\s*max-wasm-stack\s*=\s*([\d_]+)/m.exec(readFileSync(f, 'utf8'));
    if (m2) spec.stack = +m2[1].replace(/_/g, '');
  } else if (a === '--') { i++; break; }
  else if (a.startsWith('-')) usage(`unknown option '${a}'`);
  else break;
}
if (i >= argv.length) usage('no program given');
spec.program = argv[i];
spec.args = argv.slice(i + 1);
if (spec.dirs.length === 0) spec.dirs.push(['.', '.']);
function addDir(d) {
  const k = d.indexOf('::');
  spec.dirs.push(k < 0 ? [d, d] : [d.slice(0, k), d.slice(k + 2)]);
}
function addEnv(e) {
  const k = e.indexOf('=');
  if (k < 1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(e.slice(0, k))) usage(`--env '${e}' is not NAME=VALUE`);
  spec.env[e.slice(0, k)] = e.slice(k + 1);
}
if (!existsSync(spec.program)) {
  process.stderr.write(`wasi-run: ${spec.program}: no such file\n`);
  process.exit(2);
}
// Told to stop, the run (in a group of its own when it has a time limit)
// goes with this process.
for (const [sig, n] of [['SIGTERM', 15], ['SIGINT', 2], ['SIGHUP', 1]])
  process.on(sig, () => { endAll(); process.exit(128 + n); });
const r = resolveRunner();
// "hang": the limit the runtime's policy gives a probe whose bug is a hang.
let t = process.env.WASI_RUN_TIMEOUT || '0';
if (t === 'hang') t = String(policy(r).hangLimit);
if (!/^\d+(\.\d+)?$/.test(t)) usage(`WASI_RUN_TIMEOUT='${t}' is not a number of seconds (or hang)`);

const { outcome } = await run(r, spec, { timeoutMs: Math.round(+t * 1000) });
const prog = spec.program;
function end(line, status, say) {
  if (say) process.stderr.write(`wasi-run: ${say}\n`);
  if (process.env.WASI_RUN_OUTCOME) writeFileSync(process.env.WASI_RUN_OUTCOME, line + '\n');
  process.exit(status);
}
switch (outcome.kind) {
  case 'exit': end(`exit ${outcome.status}`, outcome.status); break;
  case 'trap': end(`trap ${outcome.message}`, 134, `${prog}: trap: ${outcome.message}`); break;
  case 'timeout': end(`timeout ${t}`, 124, `${prog}: timed out after ${t}s`); break;
  case 'noload': end(`noload ${outcome.message}`, 126, `${prog}: ${r.name} cannot run this module: ${outcome.message}`); break;
  case 'usage': usage(outcome.message); break;
  default:
    if (outcome.notFound)
      end('failed runtime not found', 127, r.value === 'node' ? 'no WASI runtime: node not found (install nodejs, or set WASI_RUNNER)' : `WASI_RUNNER: '${r.words[0]}' not found`);
    end(`failed ${outcome.message}`, 125, `${prog}: the runtime failed: ${outcome.message}`);
}
