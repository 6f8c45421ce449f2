"use strict";
/**
 * The three patches ./tslab-preload.cjs applies to a tslab 1.0.22 kernel. Each takes what it
 * patches as arguments (Node's `Module`, zeromq's exports, file names), so that
 * test/runner/tslab-patches.test.ts can apply it to a fake and check what it did; each throws when
 * what it patches is not as expected, and the preload writes that on stderr.
 *
 * 1. `cacheTypeScriptCode`: V8's code cache of tslab's TypeScript (9 MB of JavaScript).
 * 2. `leanTypeScriptProgram`: tslab's TypeScript program without every `node_modules/@types`
 *    package; Node's declarations when a cell needs them.
 * 3. `queueIopubSends`: zeromq's "Socket is busy writing" on a cell that writes fast.
 */
const TYPESCRIPT = "@tslab/typescript-for-tslab";

/**
 * 1. Keeps V8's code cache of TypeScript (`tsFile`) in `cacheFile`, written by the first kernel
 * `saveAfterMs` after it loaded TypeScript (when the functions its first cells needed are
 * compiled) or at its exit; V8 itself refuses a cache that does not fit. Measured with the lean
 * program (2.): 0.10–0.11 s less CPU per kernel (0.58 s against 0.69 s for a one-cell notebook).
 * Patches `Module.prototype._compile` until TypeScript is compiled.
 *
 * @param {{ Module: any, fs: typeof import("node:fs"), path: typeof import("node:path"),
 *   vm: typeof import("node:vm"), tsFile: string, cacheFile: string, saveAfterMs?: number,
 *   warn: (text: string) => void }} o
 */
function cacheTypeScriptCode({ Module, fs, path, vm, tsFile, cacheFile, saveAfterMs = 10_000, warn }) {
  const compile = Module.prototype._compile;
  if (typeof compile !== "function") throw new Error("Module.prototype._compile is not a function");
  Module.prototype._compile = function (content, filename) {
    if (filename !== tsFile) return compile.call(this, content, filename);
    Module.prototype._compile = compile;
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // no cache yet: this kernel writes it
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) {
      let written = false;
      const save = () => {
        if (written) return;
        written = true;
        try {
          fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
          const temp = `${cacheFile}.${process.pid}`;
          fs.writeFileSync(temp, script.createCachedData());
          fs.renameSync(temp, cacheFile);
        } catch (error) {
          warn(`could not write the code cache ${cacheFile}: ${String(error)}`);
        }
      };
      setTimeout(save, saveAfterMs).unref();
      process.once("exit", save);
    }
    const run = script.runInThisContext({ displayErrors: true });
    return run.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
}

/**
 * The small declaration every cell gets in place of `node_modules/@types`: `console`, declared as
 * Node and the DOM declare it (an interface `Console` and a `var`), so the two merge when Node's
 * declarations load. ES2022's own library (tslab's `lib`) declares the rest of the language.
 */
const CELL_GLOBALS = `declare interface Console {
  assert(value: any, ...data: any[]): void;
  count(label?: string): void;
  debug(...data: any[]): void;
  dir(item?: any, options?: any): void;
  error(...data: any[]): void;
  group(...data: any[]): void;
  groupEnd(): void;
  info(...data: any[]): void;
  log(...data: any[]): void;
  table(tabularData?: any, properties?: string[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
  trace(...data: any[]): void;
  warn(...data: any[]): void;
}
declare var console: Console;
`;

/**
 * Until Node's declarations load, a few of them, copied from `@types/node` 20 (same names, same
 * types): `process` (pid, ppid, env, argv, cwd, exit, kill, uptime) and the timers. A cell that
 * uses anything else of them fails to type-check against this subset and is checked again with
 * Node's own, which then replace it (a value a cell kept, typed `NodeJS.Process` or
 * `NodeJS.Timeout`, takes Node's full type).
 */
const NODE_SUBSET = `declare namespace NodeJS {
  interface ProcessEnv {
    [key: string]: string | undefined;
    TZ?: string;
  }
  interface Process {
    readonly pid: number;
    readonly ppid: number;
    env: ProcessEnv;
    argv: string[];
    cwd(): string;
    exit(code?: number | string | null | undefined): never;
    kill(pid: number, signal?: string | number): true;
    uptime(): number;
  }
  interface Timeout {
    close(): this;
    hasRef(): boolean;
    ref(): this;
    refresh(): this;
    unref(): this;
    [Symbol.toPrimitive](): number;
  }
}
declare var process: NodeJS.Process;
declare function setTimeout<TArgs extends any[]>(callback: (...args: TArgs) => void, delay?: number, ...args: TArgs): NodeJS.Timeout;
declare function setTimeout(callback: (_: void) => void, delay?: number): NodeJS.Timeout;
declare function setInterval<TArgs extends any[]>(callback: (...args: TArgs) => void, delay?: number, ...args: TArgs): NodeJS.Timeout;
declare function setInterval(callback: (_: void) => void, delay?: number): NodeJS.Timeout;
declare function clearTimeout(timeout: NodeJS.Timeout | string | number | undefined): void;
declare function clearInterval(timeout: NodeJS.Timeout | string | number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
`;

/** Names only Node declares (and the DOM for some) and the subset does not: a cell naming one loads Node's declarations. */
const NODE_GLOBALS = [
  "Buffer",
  "require",
  "module",
  "exports",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
  "clearImmediate",
  "structuredClone",
  "performance",
  "fetch",
  "URL",
  "URLSearchParams",
  "TextEncoder",
  "TextDecoder",
  "AbortController",
  "AbortSignal",
  "EventTarget",
  "Event",
  "Blob",
  "atob",
  "btoa",
];

/**
 * Whether `src` (a cell's code) needs Node's declarations: it names one of `NODE_GLOBALS` (not as
 * a property: `x.process` does not count) or imports one of `builtins` (`fs`, `node:fs`,
 * `fs/promises`) by `import … from`, `import(…)`, `require(…)` or `import x = require(…)`. Read
 * with TypeScript's scanner, so words in strings and comments do not count ("price-performance").
 *
 * @param {string} src
 * @param {readonly string[]} builtins Node's module names (`module.builtinModules`)
 * @param {any} ts TypeScript
 */
function needsNode(src, builtins, ts) {
  const { SyntaxKind: K } = ts;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, src);
  const names = new Set(NODE_GLOBALS);
  let before = K.Unknown;
  let previous = K.Unknown;
  let previousText = "";
  for (let token = scanner.scan(); token !== K.EndOfFileToken; token = scanner.scan()) {
    const text = scanner.getTokenValue();
    if (token === K.Identifier && names.has(text) && previous !== K.DotToken && previous !== K.QuestionDotToken) {
      return true;
    }
    const imported =
      previous === K.FromKeyword ||
      previous === K.ImportKeyword ||
      (previous === K.OpenParenToken && (before === K.ImportKeyword || previousText === "require"));
    if (token === K.StringLiteral && imported && (text.startsWith("node:") || builtins.includes(text))) return true;
    before = previous;
    previousText = previous === K.OpenParenToken ? previousText : text;
    previous = token;
  }
  return false;
}

/**
 * 2. Builds tslab's TypeScript program with `types: []`, `CELL_GLOBALS` and `NODE_SUBSET` in place
 * of every `node_modules/@types` package tslab otherwise loads (3 MB, 2.2 MB of it `@types/node`)
 * at each kernel start, and adds Node's declarations (the `@types/node` tslab would have loaded,
 * found the same way) to the program, once, when a cell needs them: when it names a global of
 * Node's the subset lacks or imports a Node module (`needsNode`), or when it fails to type-check
 * without them (it is then checked again with them, so a failing cell's error text is theirs).
 * Completion and hover load them on the first rule only.
 *
 * How: tslab's `converter.js` gets, in place of TypeScript, an object inheriting from it whose
 * `createWatchCompilerHost` and `createWatchProgram` add the options and root files;
 * `createConverter` (read by `main.js` at each call) is wrapped to add the declarations on demand.
 * Patches `Module._load` for the two `require`s.
 *
 * @param {{ Module: any, converterFile: string, mainFile: string, cwd: string,
 *   builtins: readonly string[], warn: (text: string) => void }} o
 * @returns {{ nodeLoaded: () => boolean }} for tests: whether Node's declarations were added
 */
function leanTypeScriptProgram({ Module, converterFile, mainFile, cwd, builtins, warn }) {
  const load = Module._load;
  if (typeof load !== "function") throw new Error("Module._load is not a function");
  const globalsFile = `${cwd.replace(/\/$/, "")}/__gpu_cost_lab_globals__.d.ts`;
  /** The program of the converter being created; set by the facade, read by the wrapper. */
  let made;
  let wrapped = false;
  /** Whether a program has added Node's declarations (each program its own: tslab's node and browser converters). */
  let anyNodeLoaded = false;

  /** TypeScript as tslab's converter sees it. */
  const facade = (ts) =>
    Object.create(ts, {
      __esModule: { value: true },
      createWatchCompilerHost: {
        value(rootFiles, options, system, ...rest) {
          if (!wrapped) {
            warn("tslab's converter is not wrapped (tslab's main.js not found): every @types package stays");
            return ts.createWatchCompilerHost(rootFiles, options, system, ...rest);
          }
          const lean = { ...options, types: [] };
          const program = {
            ts,
            options: lean,
            roots: [...rootFiles],
            extraRoots: [globalsFile],
            watch: undefined,
            nodeLoaded: false,
          };
          const globals = () => (program.nodeLoaded ? CELL_GLOBALS : CELL_GLOBALS + NODE_SUBSET);
          const sys = Object.create(system, {
            fileExists: { value: (p) => p === globalsFile || system.fileExists(p) },
            readFile: { value: (p, e) => (p === globalsFile ? globals() : system.readFile(p, e)) },
            watchFile: {
              value: (p, callback, ...a) => {
                if (p !== globalsFile) return system.watchFile(p, callback, ...a);
                program.globalsChanged = () => callback(p, ts.FileWatcherEventKind.Changed);
                return { close() {} };
              },
            },
          });
          made = program;
          return ts.createWatchCompilerHost([...rootFiles, globalsFile], lean, sys, ...rest);
        },
      },
      createWatchProgram: {
        value(host) {
          const watch = ts.createWatchProgram(host);
          if (made !== undefined && made.watch === undefined) {
            const program = made;
            program.watch = watch;
            // tslab's %module replaces the root files with its own list: keep ours
            const update = watch.updateRootFileNames;
            watch.updateRootFileNames = (files) => {
              program.roots = [...files];
              update.call(watch, [...files, ...program.extraRoots]);
            };
          }
          return watch;
        },
      },
    });

  const wrapConverter = (converter) => {
    const createConverter = converter.createConverter;
    if (typeof createConverter !== "function") throw new Error("tslab's converter has no createConverter");
    wrapped = true;
    converter.createConverter = function (...args) {
      made = undefined;
      const c = createConverter.apply(this, args);
      const program = made;
      if (program === undefined || program.watch === undefined) {
        warn("tslab's TypeScript program was not made through the preload: every @types package stays");
        return c;
      }
      made = undefined;
      const addNode = () => {
        if (program.nodeLoaded) return false;
        const { ts, options } = program;
        const found = ts.resolveTypeReferenceDirective("node", `${cwd}/__tslab__.ts`, options, ts.sys);
        const file = found.resolvedTypeReferenceDirective?.resolvedFileName;
        program.nodeLoaded = true;
        anyNodeLoaded = true;
        if (file === undefined) {
          warn("Node's declarations (@types/node) were not found: cells are checked without them");
          return false;
        }
        program.extraRoots.push(file);
        program.globalsChanged?.(); // the subset goes: Node's own declare the same names
        program.watch.updateRootFileNames(program.roots);
        return true;
      };
      const onDemand = (src) => !program.nodeLoaded && needsNode(src, builtins, program.ts) && addNode();
      return {
        ...c,
        convert(prevDecl, src) {
          onDemand(src);
          const out = c.convert(prevDecl, src);
          if (out.diagnostics.length > 0 && addNode()) return c.convert(prevDecl, src);
          return out;
        },
        inspect(prevDecl, src, position) {
          onDemand(src);
          return c.inspect(prevDecl, src, position);
        },
        complete(prevDecl, src, position) {
          onDemand(src);
          return c.complete(prevDecl, src, position);
        },
        addModule(name, content, meta) {
          onDemand(content);
          const diagnostics = c.addModule(name, content, meta);
          if (diagnostics.length > 0 && addNode()) return c.addModule(name, content, meta);
          return diagnostics;
        },
      };
    };
  };

  let facaded = false;
  Module._load = function (request, parent, isMain) {
    const loaded = load.call(this, request, parent, isMain);
    const from = parent?.filename;
    if (request === TYPESCRIPT && from === converterFile && !facaded) {
      facaded = true;
      return facade(loaded);
    }
    if (request === "./converter" && from !== mainFile && from?.endsWith("/tslab/dist/main.js")) {
      // tslab hands a kernel over to a tslab installed where the notebook is (findLocalStartKernel)
      warn(`tslab's TypeScript program keeps every @types package: the kernel runs ${from}, not ${mainFile}`);
    }
    if (request === "./converter" && from === mainFile && !wrapped) {
      wrapConverter(loaded);
      if (facaded) Module._load = load;
    }
    return loaded;
  };
  return { nodeLoaded: () => anyNodeLoaded };
}

/**
 * 3. Fixes what tslab 1.0.22 does with a cell that writes fast: it sends each write on the iopub
 * socket without waiting, and zeromq 6 refuses a send while one is in flight ("Socket is busy
 * writing"), thrown inside the cell's `process.stdout.write` (the cell fails with no message) or
 * inside `console.log`, which swallows it (measured: a loop writing 500,000 lines of 100
 * characters lost all but 511). A send that finds the socket busy is queued behind the one in
 * flight, in order; one that finds it free goes at once, as before. And the iopub socket queues
 * without limit (ZeroMQ's high-water mark 0) rather than dropping messages while the runner reads
 * them: the runner keeps only the first megabyte of a cell's output (./outputs.ts) but counts all
 * of it. Only `Publisher` changes.
 *
 * @param {any} zmq zeromq's exports
 */
function queueIopubSends(zmq) {
  const Publisher = zmq.Publisher;
  if (typeof Publisher !== "function" || typeof Publisher.prototype.send !== "function") {
    throw new Error("zeromq has no Publisher with a send method");
  }
  zmq.Publisher = class extends Publisher {
    constructor(options) {
      super({ sendHighWaterMark: 0, ...options });
    }
  };
  const send = Publisher.prototype.send;
  const tails = new WeakMap();
  const track = (socket, sent) => {
    const settled = sent.then(
      () => undefined,
      () => undefined,
    );
    tails.set(socket, settled);
    void settled.then(() => {
      if (tails.get(socket) === settled) tails.delete(socket);
    });
    return sent;
  };
  // the inherited native send is read-only: define an own property rather than assign
  Object.defineProperty(Publisher.prototype, "send", {
    configurable: true,
    writable: true,
    value(message) {
      if (!tails.has(this)) {
        try {
          return track(this, send.call(this, message));
        } catch (error) {
          if (!String(error?.message).includes("busy")) throw error;
        }
      }
      return track(
        this,
        (tails.get(this) ?? Promise.resolve()).then(() => send.call(this, message)),
      );
    },
  });
}

module.exports = {
  cacheTypeScriptCode,
  leanTypeScriptProgram,
  queueIopubSends,
  needsNode,
  CELL_GLOBALS,
  NODE_SUBSET,
  TYPESCRIPT,
};
