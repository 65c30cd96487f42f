// Many WASI programs in one go, for the probe engine: each job is one run
// of a module in a folder of its own, with a time limit of its own; every
// job's outcome is independent of the others'.
//   - under Node (WASI_RUNNER unset or node): all in this process, a new
//     instance per job on a pool of worker threads; a job that hangs costs
//     its worker, which is given up and replaced;
//   - under any other runtime: one process per job, as many at once as the
//     pool allows (tools/run/runtimes.mjs).
// usage: tools/run/batch JOBS RESULTS [--hang]   (BATCH_JOBS: cores to use,
//        default: all; the runtime's runWidth programs a core, runtimes.mjs).
//        The exit status may be that of
//        SIGKILL (see finish); RESULTS, written whole or not at all, is
//        what counts.
//   JOBS     lines "id<TAB>module<TAB>folder<TAB>timeout<TAB>arg" (arg "-":
//            none); the timeout in seconds, or "hang": the runtime's limit
//            for a probe whose bug is a hang; stdout and stderr go to
//            folder/out, folder/err
//   --hang   the jobs with the limit "hang" are probes whose bug is a hang,
//            each module's first job its control: the probes' limit is
//            derived from the control's time (runtimes.mjs: hangLimit).
//            They all wait at once, at the lower priority the runtime's
//            policy gives
//   RESULTS  written once all are done, lines "id<TAB>outcome<TAB>ms": the
//            outcome "exit N", "trap MSG", "timeout SECONDS", "noload MSG"
//            or "failed MSG", and how long the job took
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { closeSync, mkdirSync, openSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { basename, resolve } from 'node:path';
import { compile, runWasi } from './node-wasi.mjs';
import { endAll, hangLimit, policy, resolveRunner, run } from './runtimes.mjs';

// In process, the priority is set on each worker's own thread (Linux
// schedules threads, and /proc/thread-self names this one), so that the
// process starts its workers and keeps its timers at its own priority
// while a program that spins takes little from the rest of the machine.
// Where it cannot be set, the programs run at the process's.
let niced = false;
const lower = (n) => {
  if (niced) return;
  niced = true;
  if (!n) return;
  try {
    setPriority(+basename(readlinkSync('/proc/thread-self')), n);
  } catch {}
};

if (!isMainThread) {
  parentPort.on('message', ({ job, module, nice }) => {
    // The time limit counts from here: the worker's own start, which a
    // loaded machine may make slow, is no part of the program's time.
    parentPort.postMessage({ started: true });
    lower(nice);
    const out = openSync(resolve(job.folder, 'out'), 'w');
    const err = openSync(resolve(job.folder, 'err'), 'w');
    const o = runWasi({
      module, args: job.args, env: process.env, preopens: { '.': job.folder },
      stdin: openSync('/dev/null', 'r'), stdout: out, stderr: err,
    });
    closeSync(out);
    closeSync(err);
    parentPort.postMessage(o);
  });
} else {
  const [jobsFile, resultsFile, ...flags] = process.argv.slice(2);
  const hang = flags.includes('--hang');
  const r = resolveRunner();
  const pol = policy(r);
  const jobs = readFileSync(jobsFile, 'utf8').split('\n').filter(Boolean).map((l) => {
    const [id, module, folder, t, arg] = l.split('\t');
    mkdirSync(folder, { recursive: true });
    const s = t === 'hang' ? pol.hangLimit : +t;
    return { id, module, folder, seconds: s, timeoutMs: Math.round(s * 1000), derived: t === 'hang',
      args: [basename(module), ...(arg && arg !== '-' ? [arg] : [])] };
  });
  const nice = hang ? pol.hangNice : 0;
  // Node's own exit waits for its workers, and a worker stuck in a host call
  // (a sleep) never ends: told to stop, this process ends at once.
  // A runtime's processes have groups of their own: they go first.
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => { endAll(); process.kill(process.pid, 'SIGKILL'); });
  const results = new Map();
  let abandoned = 0;
  const began = new Map(), took = new Map();
  const mark = (id) => began.set(id, performance.now());
  const stop = (id) => took.set(id, Math.round(performance.now() - (began.get(id) ?? performance.now())));
  const line = (o, j) =>
    o.kind === 'exit' ? `exit ${o.status}` : o.kind === 'timeout' ? `timeout ${j.seconds}` : `${o.kind} ${String(o.message).replace(/[\t\n]/g, ' ')}`;
  const finish = () => {
    const text = jobs.map((j) => `${j.id}\t${line(results.get(j.id), j)}\t${took.get(j.id) ?? ''}\n`).join('');
    writeFileSync(resultsFile + '.tmp', text);
    renameSync(resultsFile + '.tmp', resultsFile);
    // A worker given up may be blocked in a host call (a sleep), and Node's
    // exit would wait for it forever: such a process ends by SIGKILL.
    if (abandoned) process.kill(process.pid, 'SIGKILL');
    process.exit(0);
  };

  // In this process: a new instance a job on a pool of worker threads. A
  // worker runs one job after the other; one that does not report in time
  // is given up (it may be stuck in a host call) and replaced.
  const modules = new Map();
  const inProcess = (list, width) => new Promise((done) => {
    const queue = [];
    for (const j of list) {
      if (!modules.has(j.module)) modules.set(j.module, compile(readFileSync(j.module)));
      const m = modules.get(j.module);
      if (m.outcome) results.set(j.id, m.outcome);
      else queue.push(j);
    }
    let left = queue.length;
    if (left === 0) return done();
    const worker = () => {
      if (queue.length === 0) return;
      const w = new Worker(new URL(import.meta.url));
      let job, timer;
      const end = (o, dead) => {
        clearTimeout(timer);
        stop(job.id);
        if (dead) {
          abandoned++;
          w.removeAllListeners();
          w.on('error', () => {});
          w.terminate().catch(() => {});
        }
        results.set(job.id, o);
        if (--left === 0) done();
        if (dead) worker();
        else give();
      };
      const give = () => {
        job = queue.shift();
        if (!job) {
          w.terminate().catch(() => {});
          return;
        }
        mark(job.id);
        // Until the worker says it has started the program, a generous
        // limit for a worker that never gets there (a failure of the run,
        // not the program's timeout); then the job's own.
        timer = setTimeout(() => end({ kind: 'failed', message: 'node worker did not start the program within 30 s' }, true),
          job.timeoutMs + 30000);
        w.postMessage({ job, module: modules.get(job.module).module, nice });
      };
      w.on('message', (o) => {
        if (!o.started) return end(o, false);
        clearTimeout(timer);
        timer = setTimeout(() => end({ kind: 'timeout' }, true), job.timeoutMs);
      });
      w.on('error', (e) => end({ kind: 'failed', message: `node worker: ${e.message}` }, true));
      w.on('exit', (code) => { if (job && !results.has(job.id)) end({ kind: 'failed', message: `node worker ended with ${code} before reporting` }, true); });
      give();
    };
    for (let i = 0; i < Math.min(width, queue.length); i++) worker();
  });
  // A process a job, as many at once as the pool allows.
  const processes = async (list, width) => {
    let next = 0;
    const one = async () => {
      while (next < list.length) {
        const job = list[next++];
        const out = openSync(resolve(job.folder, 'out'), 'w');
        const err = openSync(resolve(job.folder, 'err'), 'w');
        mark(job.id);
        const { outcome } = await run(r, { program: job.module, args: job.args.slice(1), dirs: [[job.folder, '.']] },
          { io: { stdin: 'ignore', stdout: out, stderr: err }, timeoutMs: job.timeoutMs, nice });
        closeSync(out);
        closeSync(err);
        stop(job.id);
        results.set(job.id, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(width, list.length)) }, one));
  };
  const runAll = pol.inProcess ? inProcess : processes;

  // The first job of each module runs before the module's others: a
  // runtime that compiles a module on its first run and caches it
  // (wasmtime) would otherwise compile it once for every run that starts
  // before the first has written the cache. In a --hang batch that first
  // job is the module's control: a hang is a probe that does not return
  // where its control, the same module run the same way, returns at once,
  // so the module's hang probes get a limit derived from the control's
  // time (hangLimit()); a hang probe that is the first of its module (a
  // module of its own) keeps the runtime's fixed limit. The hang probes
  // all wait at once.
  const width = Math.max(1, +(process.env.BATCH_JOBS || availableParallelism())) * pol.runWidth;
  const byModule = new Map();
  for (const j of jobs) {
    if (!byModule.has(j.module)) byModule.set(j.module, []);
    byModule.get(j.module).push(j);
  }
  const groups = [...byModule.values()];
  const firsts = groups.map((g) => g[0]);
  await runAll(firsts, hang ? firsts.length : width);
  if (hang) {
    for (const [first, ...others] of groups) {
      const o = results.get(first.id);
      const limit = hangLimit(pol, [!first.derived && o?.kind === 'exit' && o.status === 0 ? took.get(first.id) : undefined]);
      for (const j of others) {
        if (!j.derived) continue;
        j.seconds = limit;
        j.timeoutMs = Math.round(limit * 1000);
      }
    }
  }
  const rest = groups.flatMap((g) => g.slice(1));
  await runAll(rest, hang ? rest.length : width);
  finish();
}
