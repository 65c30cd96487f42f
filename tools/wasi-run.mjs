// Node's built-in WASI as a command-line runtime; see tools/wasi-run.
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
const preopens = {};
while (argv[0] === '--dir') {
  const [host, guest] = argv[1].split('::');
  preopens[guest ?? host] = resolve(host);
  argv.splice(0, 2);
}
if (Object.keys(preopens).length === 0) preopens['.'] = process.cwd();

const [prog, ...args] = argv;
function fail(status, what) {
  process.stderr.write(`wasi-run: ${prog}: ${what}\n`);
  process.exit(status);
}

let instance;
// argv[0] must be given: with an empty argument list wasi-libc's start code
// exits with 71 before main.
const wasi = new WASI({
  version: 'preview1',
  args: [prog, ...args],
  env: process.env,
  preopens,
  returnOnExit: true,
});
try {
  const module = new WebAssembly.Module(readFileSync(prog));
  instance = new WebAssembly.Instance(module, wasi.getImportObject());
} catch (e) {
  fail(126, `cannot load: ${e.message}`);
}
let status;
try {
  status = wasi.start(instance);
} catch (e) {
  // A trap (abort, unreachable, stack overflow) ends the program like
  // SIGABRT would on a POSIX system.
  fail(134, `trap: ${e.message}`);
}
process.exit(status);
