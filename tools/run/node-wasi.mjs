// One WASI preview-1 program in this Node process: the in-process runtime
// behind tools/run/node-child.mjs (one program) and the workers of
// tools/run/batch.mjs (many). Returns what happened, never throws.
import { WASI } from 'node:wasi';

// outcome: { kind: 'exit', status } | { kind: 'trap', message }
//        | { kind: 'noload', message } | { kind: 'failed', message }
export function runWasi({ module, args, env, preopens, stdin, stdout, stderr }) {
  let wasi, instance;
  try {
    // argv[0] must be given: with an empty argument list wasi-libc's start
    // code exits with 71 before main.
    wasi = new WASI({
      version: 'preview1', args, env, preopens, returnOnExit: true,
      ...(stdin === undefined ? {} : { stdin }),
      ...(stdout === undefined ? {} : { stdout }),
      ...(stderr === undefined ? {} : { stderr }),
    });
  } catch (e) {
    return { kind: 'failed', message: `node:wasi: ${e.message}` };
  }
  try {
    instance = new WebAssembly.Instance(module, wasi.getImportObject());
  } catch (e) {
    // A missing import (threads, a non-WASI import) or a bad start section.
    return { kind: 'noload', message: e.message };
  }
  // A reactor that also exports _start (a probe of the host that calls an
  // export without _initialize) is started at _start alone, as wazero's
  // CLI starts it: node:wasi's start() refuses a module that exports
  // _initialize, so it is given the memory and _start only.
  const { memory, _start, _initialize } = instance.exports;
  const started = _initialize !== undefined && _start !== undefined ? { exports: { memory, _start } } : instance;
  try {
    return { kind: 'exit', status: wasi.start(started) };
  } catch (e) {
    // What a POSIX system would end with SIGABRT or SIGSEGV: unreachable,
    // out-of-bounds access, stack exhaustion.
    if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError)
      return { kind: 'trap', message: e.message };
    return { kind: 'failed', message: `${e.constructor?.name ?? 'error'}: ${e.message}` };
  }
}

export function compile(bytes) {
  try {
    return { module: new WebAssembly.Module(bytes) };
  } catch (e) {
    return { outcome: { kind: 'noload', message: e.message } };
  }
}
