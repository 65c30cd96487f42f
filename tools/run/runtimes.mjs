// What each WASI runtime needs on its command line and what its way of
// ending means: the one place that knows, for tools/run/wasi-run.mjs (one
// program) and tools/run/batch.mjs (many). docs/runtimes.md.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, symlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const top = resolve(here, '../..');

function onPath(cmd) {
  if (cmd.includes('/')) return existsSync(cmd) ? cmd : null;
  for (const d of (process.env.PATH ?? '').split(':')) {
    const p = resolve(d || '.', cmd);
    try {
      if (statSync(p).isFile()) return p;
    } catch {}
  }
  return null;
}

// The runtime of record: the one CPython's WASI build and wasi-libc's CI
// run, WASI's reference implementation, and the one that gets the most
// right (docs/runtimes.md). It is the runtime when WASI_RUNNER is unset.
export const RECORD = 'wasmtime';

// Where tools/run/install puts a runtime (the pinned one): a bare name is
// that install when there is one, else the command on PATH.
const own = (name) => resolve(top, `build/runtimes/${name}/bin/${name}`);

// WASI_RUNNER: wasmtime (the default), node, wazero, a path to one of them,
// or a command of words (an executable path may hold spaces).
export function resolveRunner(value = process.env.WASI_RUNNER || RECORD) {
  let words;
  try {
    words = statSync(value).isFile() ? [value] : value.trim().split(/\s+/);
  } catch {
    words = value.trim().split(/\s+/);
  }
  const name = basename(words[0]);
  let kind = 'other';
  if ((name === 'node' || name === 'nodejs') && words.length === 1) kind = 'node';
  else if (name === 'wazero') kind = 'wazero';
  else if (name === 'wasmtime') kind = 'wasmtime';
  let exe;
  if (kind === 'node') exe = process.execPath;
  else if (kind !== 'other' && words[0] === kind && existsSync(own(kind))) exe = own(kind);
  else exe = onPath(words[0]);
  return { kind, name: kind === 'other' ? name : kind, words, exe, value };
}

// What each runtime needs beside its command line (the one place that
// decides it; docs/probe-engine.md says why):
//   hangLimit  seconds a probe whose bug is a hang may run at most (and
//              when no control says more). Under Node the limit counts
//              from the program's start on a worker thread; any other
//              runtime is a process a run, whose limit counts from the
//              process start, module compile included.
//   hangFactor, hangFloor  in a batch, the limit is hangFactor times the
//              time its controls (the same kind of module, run the same
//              way) took to return, at least hangFloor seconds and at most
//              hangLimit: a probe that returns takes about what its
//              control takes (the hang probes' own waits are 10 ms), so a
//              loaded machine gets a longer limit and a quiet one does not
//              wait 2 s for what a tenth of it proves.
//   hangNice   the priority such a probe runs at beside the compiles: a
//              probe that hangs spins, and must not slow them. Node lowers
//              each worker's own thread (its main thread keeps the
//              timers), so it may go to the lowest; a process of its own
//              is lowered whole and needs a share it can count on.
//   inProcess  a batch runs in Node's own process on worker threads (no
//              process start a program), rather than a process a program.
//   runWidth   programs a batch runs at once per core: a wasmtime process
//              spends about three quarters of its 30 to 40 ms waiting, not
//              computing (40 probe runs took 0.77 s two at a time, 0.28 s
//              eight at a time, for the same 0.3 s of CPU), so it runs four
//              a core; a runtime that compiles each module is busy.
const POLICY = {
  node: { hangLimit: 2, hangFactor: 20, hangFloor: 0.5, hangNice: 19, inProcess: true, runWidth: 1 },
  wasmtime: { hangLimit: 2, hangFactor: 10, hangFloor: 0.5, hangNice: 10, inProcess: false, runWidth: 4 },
  wazero: { hangLimit: 3, hangFactor: 5, hangFloor: 1, hangNice: 10, inProcess: false, runWidth: 1 },
  other: { hangLimit: 3, hangFactor: 5, hangFloor: 1, hangNice: 10, inProcess: false, runWidth: 1 },
};
// The limit of a batch's hang probes from their controls' times in ms
// (undefined: a control that did not return right, which proves nothing):
// the slowest control's, scaled; without one, the fixed limit.
export function hangLimit(pol, controlMs) {
  const ms = controlMs.filter((t) => t !== undefined);
  if (ms.length === 0) return pol.hangLimit;
  const s = Math.min(pol.hangLimit, Math.max(pol.hangFloor, (pol.hangFactor * Math.max(...ms)) / 1000));
  return Math.round(s * 100) / 100;
}
export function policy(r) {
  return POLICY[r.kind];
}

// The runtime as it says it is, for the build id, the report's identity
// line and make compare: { id, exe, version, record }. The id is the kind,
// or for another command a digest of it.
export function describe(r) {
  let version = '(not found)';
  if (r.kind === 'node') version = `node ${process.version}`;
  else if (r.exe) {
    const args = r.kind === 'wazero' ? ['version'] : ['--version'];
    const out = spawnSync(r.exe, [...r.words.slice(1), ...args], { encoding: 'utf8', timeout: 10000 });
    const first = (out.stdout || '').split('\n')[0].trim();
    version = r.kind === 'other' ? `${r.value} ${first}` : first.startsWith(r.kind) ? first : `${r.kind} ${first}`;
    // Our own install's VERSION (tools/run/install) names the pinned
    // package: wazero's build from Debian calls itself "dev".
    if (r.kind !== 'other' && r.exe === own(r.kind)) {
      try {
        version = readFileSync(resolve(dirname(own(r.kind)), '../VERSION'), 'utf8').split('\n')[0];
      } catch {}
      version += ` (build/runtimes/${r.kind})`;
    }
  }
  const id = r.kind === 'other' ? `runner-${createHash('sha1').update(r.value).digest('hex').slice(0, 6)}` : r.kind;
  return { id, exe: r.exe ?? `missing:${r.words[0]}`, version, record: r.kind === RECORD };
}

// spec: { program, args, argv0, dirs: [[host, guest]], env: {NAME: VALUE},
// stack } -> { argv, cleanup } or { error } (a usage error: wasi-run exits 2).
// argv[0] is the program's file name unless --argv0 says otherwise, as
// wasmtime and wazero give it: the same on every runtime.
// Node 20.20's incremental marking can take node:wasi's WASI object for
// garbage while its program runs: a collection finished from inside a WASI
// call's own allocation (fd_write, path_filestat_get) then runs ~WASI under
// it, and Node aborts (uv_mutex_destroy), traps or crashes. Seen with
// CPython (a 30 MiB bytearray then print; CPython 3.13's test_os, every
// time) and with modules of 64 MiB of memory (one run in three). Without
// concurrent marking alone test_os still died; without incremental marking
// it never did.
const NODE_WASI_FLAGS = ['--no-warnings', '--no-incremental-marking'];

export function command(r, spec) {
  const argv0 = spec.argv0 ?? basename(spec.program);
  const extra = Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v}`);
  switch (r.kind) {
    case 'node': {
      const kb = spec.stack ? Math.ceil(spec.stack / 1024) + 1024 : +(process.env.WASI_RUN_NODE_STACK_KB || 8000);
      const child = JSON.stringify({
        program: spec.program, args: [argv0, ...spec.args], dirs: spec.dirs,
        env: { ...process.env, ...(spec.env ?? {}) },
      });
      // V8 runs wasm on the thread's own stack: give the thread room first.
      // NODE_WASI_FLAGS: see there.
      return {
        argv: ['/bin/sh', '-c', 'ulimit -s "$0" 2>/dev/null || ulimit -s unlimited 2>/dev/null; exec "$@"',
          String(kb + 2048), r.exe, ...NODE_WASI_FLAGS, `--stack-size=${kb}`, resolve(here, 'node-child.mjs'), child],
      };
    }
    case 'wazero': {
      const argv = [r.exe, ...r.words.slice(1), 'run', '-env-inherit'];
      for (const [host, guest] of spec.dirs) argv.push(`-mount=${resolve(host)}:${guest}`);
      for (const e of extra) argv.push(`-env=${e}`);
      let module = spec.program, link;
      if (spec.argv0 !== undefined && basename(spec.argv0) !== basename(spec.program)) {
        // wazero's argv[0] is the last part of the module path it is given:
        // a link of that name gives the rest of argv0 up.
        link = mkdtempSync(resolve(tmpdir(), 'wasi-run-'));
        module = resolve(link, basename(spec.argv0));
        symlinkSync(resolve(spec.program), module);
      }
      argv.push(module, ...spec.args);
      return { argv, cleanup: link };
    }
    case 'wasmtime': {
      const argv = [r.exe, ...r.words.slice(1), 'run'];
      for (const [host, guest] of spec.dirs) argv.push('--dir', `${host}::${guest}`);
      // wasmtime passes no variable unless told: the host's, then ours.
      for (const [k, v] of Object.entries(process.env)) argv.push('--env', `${k}=${v}`);
      for (const e of extra) argv.push('--env', e);
      if (spec.argv0 !== undefined) argv.push('--argv0', spec.argv0);
      if (spec.stack) argv.push('-W', `max-wasm-stack=${spec.stack}`);
      argv.push(spec.program, ...spec.args);
      return { argv };
    }
    default: {
      // Any other runtime gets the folders in wasmtime's syntax, as before.
      if (spec.argv0 !== undefined && spec.argv0 !== spec.program)
        return { error: `WASI_RUNNER '${r.value}': --argv0 is known only for node, wazero and wasmtime` };
      const argv = [r.exe, ...r.words.slice(1)];
      for (const [host, guest] of spec.dirs) argv.push('--dir', host === guest ? host : `${host}::${guest}`);
      argv.push(spec.program, ...spec.args);
      return { argv, env: extra };
    }
  }
}

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };

// How a run ended, in the runtime's own terms -> the outcome wasi-run
// reports. status/signal as child_process gives them; stderr the tail of
// what the runtime wrote there; report what node-child.mjs sent.
export function classify(r, { status, signal, stderr = '', report }) {
  const first = (re) => stderr.split('\n').find((l) => re.test(l));
  if (report) return report;
  if (signal) return { kind: 'failed', message: `${r.name}: killed by signal ${signalNumbers[signal] ?? '?'} (${signal})` };
  if (r.kind === 'node') return { kind: 'failed', message: `node: exit status ${status} without a report` };
  if (r.kind === 'wazero') {
    let l;
    if ((l = first(/wasm error: /))) return { kind: 'trap', message: l.replace(/.*wasm error: /, '') };
    if ((l = first(/^error (compiling|instantiating) wasm binary/))) return { kind: 'noload', message: l };
    // The Go runtime's own end: a panic or a fatal signal it caught.
    if ((l = first(/^(panic: |fatal error: |SIG[A-Z]+: )/))) return { kind: 'failed', message: `wazero: ${l}` };
  }
  if (r.kind === 'wasmtime' && status !== 0) {
    let l;
    if ((l = first(/wasm trap|wasm backtrace|error while executing/))) return { kind: 'trap', message: l.trim() };
    if ((l = first(/failed to (compile|instantiate|parse|validate)|unknown import/))) return { kind: 'noload', message: l.trim() };
    // A file that is no binary module is read as the text format: its
    // error points into the file ("--> FILE:LINE:COL").
    if (first(/^\s+--> /) && (l = first(/^Error: /))) return { kind: 'noload', message: l.trim() };
  }
  return { kind: 'exit', status };
}

// The names a core module exports, from its export section, which comes
// before the code (so a large module is not read whole); null for a file
// that is not a core module (a component, a truncated file).
export function exportNames(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const read = (pos, n) => {
      const b = Buffer.alloc(n);
      return b.subarray(0, readSync(fd, b, 0, n, pos));
    };
    // An unsigned LEB128 at b[i]: [value, index after it].
    const leb = (b, i) => {
      let v = 0, shift = 0;
      for (; i < b.length; i++, shift += 7) {
        v += (b[i] & 0x7f) * 2 ** shift;
        if (!(b[i] & 0x80)) return [v, i + 1];
      }
      return [NaN, i];
    };
    const head = read(0, 8);
    if (head.length < 8 || head.readUInt32LE(0) !== 0x6d736100 || head.readUInt32LE(4) !== 1) return null;
    for (let pos = 8; ;) {
      const h = read(pos, 6);
      if (h.length === 0) return [];
      const [size, k] = leb(h, 1);
      if (Number.isNaN(size)) return null;
      pos += k;
      // The sections after the exports: none follows.
      if (h[0] === 10 || h[0] === 11) return [];
      if (h[0] === 7) {
        const s = read(pos, size);
        const names = [];
        let [n, i] = leb(s, 0);
        for (; n > 0 && i < s.length; n--) {
          let len;
          [len, i] = leb(s, i);
          names.push(s.subarray(i, i + len).toString('utf8'));
          [, i] = leb(s, i + len + 1);
        }
        return names;
      }
      pos += size;
    }
  } finally {
    closeSync(fd);
  }
}

// The process groups of the runs still going that were given a group of
// their own (a run with a time limit): a caller that is told to stop ends
// them first (endAll), as they would not get its group's signal.
const groups = new Set();
export function endAll() {
  for (const pid of groups) {
    try { process.kill(-pid, 'SIGKILL'); } catch {}
  }
  groups.clear();
}

// Runs one program and resolves to { outcome, timedOut }. io: { stdin,
// stdout, stderr } as child_process stdio entries (default: inherit);
// timeoutMs: 0 for none; nice: a lower priority for the runtime's process.
export function run(r, spec, { io = {}, timeoutMs = 0, nice = 0 } = {}) {
  return new Promise((done) => {
    if (!r.exe) {
      done({ outcome: { kind: 'failed', message: `runtime not found: ${r.words[0]}`, notFound: true } });
      return;
    }
    // wasmtime calls _initialize before _start when a module exports both:
    // it cannot start a reactor at _start alone, as Node and wazero do
    // (node-wasi.mjs), so such a module is one it cannot run.
    if (r.kind === 'wasmtime') {
      const names = exportNames(spec.program) ?? [];
      if (names.includes('_initialize') && names.includes('_start')) {
        done({ outcome: { kind: 'noload', message: 'wasmtime calls _initialize before _start, so it cannot start a reactor at _start alone' } });
        return;
      }
    }
    const c = command(r, spec);
    if (c.error) {
      done({ outcome: { kind: 'usage', message: c.error } });
      return;
    }
    const capture = r.kind === 'wazero' || r.kind === 'wasmtime';
    const stdio = [io.stdin ?? 'inherit', io.stdout ?? 'inherit', capture ? 'pipe' : (io.stderr ?? 'inherit')];
    if (r.kind === 'node') stdio.push('pipe');
    const env = { ...process.env };
    for (const e of c.env ?? []) env[e.slice(0, e.indexOf('='))] = e.slice(e.indexOf('=') + 1);
    // wasmtime follows a load error with a Rust backtrace of hundreds of
    // lines when RUST_BACKTRACE is set: the error's own lines say it all.
    if (r.kind === 'wasmtime') env.RUST_BACKTRACE = '0';
    // A group of its own when it may have to be ended, so that nothing it
    // started outlives it.
    const argv = nice ? ['nice', '-n', String(nice), ...c.argv] : c.argv;
    const child = spawn(argv[0], argv.slice(1), { stdio, env, detached: timeoutMs > 0 });
    if (timeoutMs > 0 && child.pid) groups.add(child.pid);
    let tail = '', report = '', timedOut = false, timer;
    if (capture) {
      child.stderr.on('data', (d) => {
        if (typeof io.stderr === 'number') copyTo(io.stderr, d);
        else if (io.stderr !== 'ignore') process.stderr.write(d);
        tail = (tail + d.toString()).slice(-65536);
      });
    }
    let failed = '', started = false;
    const limit = (ms, why = '') => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (why) failed = why;
        else timedOut = true;
        try { process.kill(-child.pid, 'SIGKILL'); } catch {}
      }, ms);
    };
    // Under Node the limit counts from the program's start (node-child.mjs
    // says when), as on a batch's worker; until then a generous one, whose
    // end is a failure of the run, never the program's timeout.
    const fromStart = r.kind === 'node' && timeoutMs > 0;
    if (r.kind === 'node') {
      child.stdio[3].on('data', (d) => {
        report += d;
        if (fromStart && !started && report.split('\n').slice(0, -1).includes(STARTED)) {
          started = true;
          limit(timeoutMs);
        }
      });
    }
    if (fromStart) limit(timeoutMs + 30000, 'node did not start the program within 30 s');
    else if (timeoutMs > 0) limit(timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      groups.delete(child.pid);
      done({ outcome: { kind: 'failed', message: `${r.name}: ${e.message}` } });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      groups.delete(child.pid);
      if (c.cleanup) rmSync(c.cleanup, { recursive: true, force: true });
      if (failed) {
        done({ outcome: { kind: 'failed', message: failed } });
        return;
      }
      if (timedOut) {
        done({ outcome: { kind: 'timeout' }, timedOut });
        return;
      }
      let rep;
      try {
        const l = report.split('\n').find((x) => x && x !== STARTED);
        rep = l ? JSON.parse(l) : undefined;
      } catch {}
      done({ outcome: classify(r, { status, signal, stderr: tail, report: rep }) });
    });
  });
}

// The line node-child.mjs sends when it starts the program.
const STARTED = JSON.stringify({ started: true });

function copyTo(fd, d) {
  try { writeSync(fd, d); } catch {}
}
