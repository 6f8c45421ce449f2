/**
 * A module preloaded into the project's tslab kernel (`node --import data:…`), doing two things.
 *
 * Start-up: TypeScript (tslab's own 5.0.4, 9 MB of JavaScript) is compiled by V8 in every kernel.
 * The preload keeps V8's code cache of it in `node_modules/.cache/gpu-cost-lab/` (written by the
 * first kernel, 10 s after it loaded TypeScript or at its exit, when the functions its first
 * cells needed are compiled; keyed by Node version, architecture and file size; V8 itself refuses a
 * cache that does not fit). Measured: about 0.3–0.5 s less CPU per kernel start.
 *
 * Output: it fixes what tslab 1.0.22 does with a cell that writes fast: it sends each write on the iopub socket without
 * waiting, and zeromq 6 refuses a send while one is in flight ("Socket is busy writing"). The
 * error is thrown inside the cell's `process.stdout.write`, so the cell fails with no message, or
 * inside `console.log`, which swallows it, so output is lost silently (measured: a loop writing
 * 500,000 lines of 100 characters failed after 511 of them).
 *
 * The fix queues a send that finds the socket busy behind the one in flight, in order; sends that
 * find it free go at once, as before. And the iopub socket queues without limit (ZeroMQ's
 * high-water mark 0) rather than dropping messages while the runner reads them: the runner keeps
 * only the first megabyte of a cell's output (./outputs.ts) but counts all of it. Only
 * `Publisher` changes; a kernel without zeromq or with another layout runs as it is.
 */
const PRELOAD_SOURCE = `
import Module, { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
try {
  const tsFile = createRequire(process.argv[1]).resolve("@tslab/typescript-for-tslab");
  const modules = tsFile.slice(0, tsFile.lastIndexOf("node_modules") + "node_modules".length);
  const dir = path.join(modules, ".cache", "gpu-cost-lab");
  const cacheFile = path.join(dir, "typescript-" + process.version + "-" + process.arch + "-" + fs.statSync(tsFile).size + ".v8");
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (filename !== tsFile) return compile.call(this, content, filename);
    Module.prototype._compile = compile;
    let cachedData;
    try { cachedData = fs.readFileSync(cacheFile); } catch {}
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) {
      let written = false;
      const save = () => {
        if (written) return;
        written = true;
        try {
          fs.mkdirSync(dir, { recursive: true });
          const temp = cacheFile + "." + process.pid;
          fs.writeFileSync(temp, script.createCachedData());
          fs.renameSync(temp, cacheFile);
        } catch {}
      };
      // once the first cells have compiled TypeScript's lazily compiled functions, or at exit
      setTimeout(save, 10_000).unref();
      process.once("exit", save);
    }
    const run = script.runInThisContext({ displayErrors: true });
    return run.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
} catch {}
try {
  const zmq = createRequire(process.argv[1])("zeromq");
  const Publisher = zmq.Publisher;
  zmq.Publisher = class extends Publisher {
    constructor(options) { super({ sendHighWaterMark: 0, ...options }); }
  };
  const send = Publisher.prototype.send;
  const tails = new WeakMap();
  const track = (socket, sent) => {
    const settled = sent.then(() => undefined, () => undefined);
    tails.set(socket, settled);
    void settled.then(() => { if (tails.get(socket) === settled) tails.delete(socket); });
    return sent;
  };
  // the inherited native send is read-only: define an own property rather than assign
  Object.defineProperty(Publisher.prototype, "send", { configurable: true, writable: true, value(message) {
    const tail = tails.get(this);
    if (tail === undefined) {
      try { return track(this, send.call(this, message)); }
      catch (error) { if (!String(error && error.message).includes("busy")) throw error; }
    }
    return track(this, (tails.get(this) ?? Promise.resolve()).then(() => send.call(this, message)));
  } });
} catch {}
`;

/** The `--import` argument that preloads the fix: a `data:` URL, so no file is needed. */
export const TSLAB_PRELOAD_IMPORT = `data:text/javascript,${encodeURIComponent(PRELOAD_SOURCE)}`;
