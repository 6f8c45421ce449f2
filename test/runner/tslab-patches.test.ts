import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import * as fs from "node:fs";
import Module, { builtinModules, createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { join } from "node:path";
import * as vm from "node:vm";
import ts from "typescript";
import { TSLAB_PRELOAD } from "../../src/runner/kernelspec.js";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- fakes of tslab's, Node's and zeromq's untyped internals */

interface Patches {
  cacheTypeScriptCode(o: Record<string, unknown>): void;
  leanTypeScriptProgram(o: Record<string, unknown>): { nodeLoaded(): boolean };
  queueIopubSends(zmq: any): void;
  needsNode(src: string, builtins: readonly string[], ts: unknown): boolean;
  CELL_GLOBALS: string;
  NODE_SUBSET: string;
  TYPESCRIPT: string;
}
const require = createRequire(import.meta.url);
const patches = require("../../src/runner/tslab-patches.cjs") as Patches;

describe("runner/tslab-patches", () => {
  const made: string[] = [];
  after(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "tslab-patches-"));
    made.push(dir);
    return dir;
  };

  describe("queueIopubSends(zmq)", () => {
    /** zeromq 6's Publisher as far as tslab uses it: send() throws while a send is in flight. */
    const fakeZmq = () => {
      const sent: unknown[] = [];
      class Publisher {
        options: unknown;
        inFlight = false;
        constructor(options?: unknown) {
          this.options = options;
        }
        send(message: unknown): Promise<void> {
          if (message === "broken") throw new Error("Socket is closed");
          if (this.inFlight) throw new Error("Socket is busy writing; only one send operation may be in progress");
          this.inFlight = true;
          return new Promise((resolve) =>
            setImmediate(() => {
              this.inFlight = false;
              sent.push(message);
              resolve();
            }),
          );
        }
      }
      return { zmq: { Publisher } as any, sent };
    };

    it("queues a send that finds the socket busy behind the one in flight, in order", async () => {
      const { zmq, sent } = fakeZmq();
      patches.queueIopubSends(zmq);
      const socket = new zmq.Publisher();
      await Promise.all([socket.send("a"), socket.send("b"), socket.send("c")]);
      assert.deepEqual(sent, ["a", "b", "c"], "unpatched, the second send throws 'Socket is busy writing'");
    });

    it("makes the iopub socket queue without limit (high-water mark 0), other options kept", () => {
      const { zmq } = fakeZmq();
      patches.queueIopubSends(zmq);
      assert.deepEqual(new zmq.Publisher({ linger: 0 }).options, { sendHighWaterMark: 0, linger: 0 });
    });

    it("throws any other error of send as it is", () => {
      const { zmq } = fakeZmq();
      patches.queueIopubSends(zmq);
      assert.throws(() => new zmq.Publisher().send("broken"), { message: "Socket is closed" });
    });

    it("refuses a zeromq without Publisher.prototype.send (another layout)", () => {
      assert.throws(() => patches.queueIopubSends({}), { message: "zeromq has no Publisher with a send method" });
    });
  });

  describe("cacheTypeScriptCode(o)", () => {
    /** A Module whose _compile records the files it was given, with Node's wrap and createRequire. */
    const fakeModule = () => {
      const compiled: string[] = [];
      const M: any = function () {};
      M.prototype._compile = (_content: string, filename: string) => compiled.push(filename);
      M.wrap = (Module as any).wrap;
      M.createRequire = createRequire;
      return { M, compiled };
    };

    it("compiles TypeScript's file with V8's code cache, writes the cache once, and leaves other files to Node", async () => {
      const dir = await tempDir();
      const tsFile = join(dir, "typescript.js");
      await writeFile(tsFile, "module.exports = { version: '5.0.4', add: (a, b) => a + b };");
      const cacheFile = join(dir, ".cache", "typescript.v8");
      const warnings: string[] = [];
      const apply = () => {
        const { M, compiled } = fakeModule();
        patches.cacheTypeScriptCode({
          Module: M,
          fs,
          path,
          vm,
          tsFile,
          cacheFile,
          saveAfterMs: 0,
          warn: (t: string) => warnings.push(t),
        });
        const other = new M();
        other._compile("", join(dir, "other.js"));
        const mod = { exports: {} as Record<string, unknown> };
        M.prototype._compile.call(mod, fs.readFileSync(tsFile, "utf8"), tsFile);
        return { compiled, exports: mod.exports, restored: M.prototype._compile };
      };
      const first = apply();
      assert.deepEqual(first.compiled, [join(dir, "other.js")], "only TypeScript goes through the cache");
      assert.equal(first.exports.version, "5.0.4");
      assert.equal((first.exports.add as (a: number, b: number) => number)(2, 3), 5);
      await new Promise((r) => setTimeout(r, 20));
      assert.ok(existsSync(cacheFile), "the first kernel writes the cache");
      const second = apply();
      assert.equal(second.exports.version, "5.0.4", "the second compiles from the cache");
      assert.deepEqual(warnings, []);
    });

    it("refuses a Module without _compile", () => {
      assert.throws(() => patches.cacheTypeScriptCode({ Module: { prototype: {} }, warn: () => undefined }), {
        message: "Module.prototype._compile is not a function",
      });
    });
  });

  describe("needsNode(src, builtins, ts)", () => {
    const cases: [string, boolean][] = [
      ['console.log("ready");', false],
      ['const depreciation = "price-performance"; // performance', false],
      ["row.process + report.Buffer", false],
      ["process.env.HOME + setTimeout(() => 1, 10)", false],
      ['Buffer.from("x")', true],
      ["const s = `${__dirname}`", true],
      ['import { readFileSync } from "fs";', true],
      ['import * as f from "node:fs/promises";', true],
      ['const os = await import("os");', true],
      ['import cp = require("child_process");', true],
      ['const p = require("path");', true],
      ['import { estimate } from "../dist/index.js";', false],
      ['const aq = require("arquero");', false],
    ];
    for (const [src, expected] of cases) {
      it(`${JSON.stringify(src)} → ${expected}`, () =>
        assert.equal(patches.needsNode(src, builtinModules, ts), expected));
    }
  });

  describe("leanTypeScriptProgram(o)", () => {
    const cwd = "/work/notebooks";
    const converterFile = "/t/tslab/dist/converter.js";
    const mainFile = "/t/tslab/dist/main.js";
    const nodeTypes = "/t/node_modules/@types/node/index.d.ts";
    const globalsFile = `${cwd}/__gpu_cost_lab_globals__.d.ts`;

    /**
     * A Module whose _load hands out a fake TypeScript (the real scanner, a recording watch API)
     * and a fake tslab converter that builds its program as tslab's does: its convert fails on
     * `fails` until Node's declarations are in the root files.
     */
    function fakeTslab() {
      const hosts: { roots: string[]; options: any; sys: any }[] = [];
      const watched: [string, number][] = [];
      const rootUpdates: string[][] = [];
      const fakeTs = {
        createScanner: ts.createScanner,
        ScriptTarget: ts.ScriptTarget,
        LanguageVariant: ts.LanguageVariant,
        SyntaxKind: ts.SyntaxKind,
        FileWatcherEventKind: ts.FileWatcherEventKind,
        sys: {},
        createWatchCompilerHost: (roots: string[], options: any, sys: any) => {
          hosts.push({ roots, options, sys });
          return { roots };
        },
        createWatchProgram: () => ({ updateRootFileNames: (files: string[]) => rootUpdates.push(files) }),
        resolveTypeReferenceDirective: (name: string, containing: string) => ({
          resolvedTypeReferenceDirective:
            name === "node" && containing === `${cwd}/__tslab__.ts` ? { resolvedFileName: nodeTypes } : undefined,
        }),
      };
      const converted: string[] = [];
      const M: any = {
        _load(request: string, parent: { filename: string } | undefined) {
          if (request === patches.TYPESCRIPT) return fakeTs;
          if (request === "./converter" && parent?.filename === mainFile) {
            const tsSeen = M._load(patches.TYPESCRIPT, { filename: converterFile });
            return {
              createConverter() {
                const sys = { readFile: () => "real", fileExists: () => false, watchFile: () => "watcher" };
                const host = tsSeen.createWatchCompilerHost(
                  [`${cwd}/__prev__.d.ts`, `${cwd}/__tslab__.ts`],
                  { typeRoots: ["/t/node_modules/@types"] },
                  sys,
                );
                const watch = tsSeen.createWatchProgram({});
                // TypeScript's watch program watches every root file
                for (const root of host.roots)
                  hosts[0]!.sys.watchFile(root, (f: string, kind: number) => watched.push([f, kind]));
                return {
                  convert(_decls: string, src: string) {
                    converted.push(src);
                    const nodeIn = (rootUpdates.at(-1) ?? []).includes(nodeTypes);
                    return { diagnostics: src === "fails" && !nodeIn ? [{ code: 2339 }] : [] };
                  },
                  addModule: (name: string) => {
                    watch.updateRootFileNames([`${cwd}/__prev__.d.ts`, `${cwd}/__tslab__.ts`, `${cwd}/${name}.ts`]);
                    return [];
                  },
                };
              },
            };
          }
          return undefined;
        },
      };
      const warnings: string[] = [];
      const lean = patches.leanTypeScriptProgram({
        Module: M,
        converterFile,
        mainFile,
        cwd,
        builtins: builtinModules,
        warn: (t: string) => warnings.push(t),
      });
      const converter = () => M._load("./converter", { filename: mainFile }).createConverter();
      const load = (request: string, parent: { filename: string }) => M._load(request, parent);
      return { hosts, rootUpdates, converted, warnings, lean, converter, watched, load };
    }

    it("builds tslab's program with types: [], the cell globals (console) and Node's subset in place of node_modules/@types", () => {
      const t = fakeTslab();
      t.converter();
      const [host] = t.hosts;
      assert.deepEqual(host!.options, { typeRoots: ["/t/node_modules/@types"], types: [] }, "tslab's own options kept");
      assert.deepEqual(host!.roots, [`${cwd}/__prev__.d.ts`, `${cwd}/__tslab__.ts`, globalsFile]);
      assert.equal(host!.sys.readFile(globalsFile), patches.CELL_GLOBALS + patches.NODE_SUBSET);
      assert.equal(host!.sys.fileExists(globalsFile), true);
      assert.equal(host!.sys.readFile("/other.ts"), "real", "other files are tslab's");
      assert.match(patches.CELL_GLOBALS, /declare var console: Console;/);
      assert.deepEqual(t.warnings, []);
    });

    it("adds Node's declarations (tslab's @types/node) once, when a cell names a global of Node's the subset lacks, and drops the subset", () => {
      const t = fakeTslab();
      const c = t.converter();
      c.convert("", 'console.log("ready");');
      c.convert("", "process.pid + setTimeout(() => 1, 0)[Symbol.toPrimitive]()");
      assert.deepEqual(t.rootUpdates, [], "console, process.pid and a timer: no Node");
      assert.equal(t.lean.nodeLoaded(), false);
      c.convert("", 'Buffer.from("x")');
      assert.equal(t.hosts[0]!.sys.readFile(globalsFile), patches.CELL_GLOBALS, "Node's own in place of the subset");
      assert.deepEqual(t.watched, [[globalsFile, ts.FileWatcherEventKind.Changed]], "TypeScript told so");
      assert.deepEqual(t.rootUpdates, [[`${cwd}/__prev__.d.ts`, `${cwd}/__tslab__.ts`, globalsFile, nodeTypes]]);
      c.convert("", 'import fs from "node:fs";');
      assert.equal(t.rootUpdates.length, 1, "once");
      assert.equal(t.lean.nodeLoaded(), true);
    });

    it("checks a cell that fails without Node's declarations again with them (Error.captureStackTrace)", () => {
      const t = fakeTslab();
      const c = t.converter();
      assert.deepEqual(c.convert("", "fails"), { diagnostics: [] });
      assert.deepEqual(t.converted, ["fails", "fails"]);
      assert.equal(t.lean.nodeLoaded(), true);
    });

    it("keeps its root files when tslab's %module replaces the list", () => {
      const t = fakeTslab();
      const c = t.converter();
      c.addModule("mod");
      assert.deepEqual(t.rootUpdates, [[`${cwd}/__prev__.d.ts`, `${cwd}/__tslab__.ts`, `${cwd}/mod.ts`, globalsFile]]);
    });

    it("says so when another tslab (one installed beside the notebook) loads its converter", () => {
      const t = fakeTslab();
      t.load("./converter", { filename: "/notebooks/node_modules/tslab/dist/main.js" });
      assert.deepEqual(t.warnings, [
        `tslab's TypeScript program keeps every @types package: the kernel runs /notebooks/node_modules/tslab/dist/main.js, not ${mainFile}`,
      ]);
    });

    it("refuses a Module without _load", () => {
      assert.throws(() => patches.leanTypeScriptProgram({ Module: {}, warn: () => undefined }), {
        message: "Module._load is not a function",
      });
    });
  });

  describe("tslab-preload.cjs", () => {
    /** A fake tslab package (bin/tslab printing NODE_OPTIONS) with neither TypeScript nor zeromq. */
    async function fakeTslabBin(): Promise<string> {
      const dir = await tempDir();
      const bin = join(dir, "node_modules", "tslab", "bin", "tslab");
      await mkdir(join(bin, ".."), { recursive: true });
      await writeFile(join(dir, "node_modules", "tslab", "package.json"), '{ "name": "tslab" }');
      await writeFile(bin, "console.log(process.env.NODE_OPTIONS ?? 'none');\n");
      await chmod(bin, 0o755);
      return bin;
    }

    it("says on stderr which patch it could not apply, and why; the kernel still runs", async () => {
      const bin = await fakeTslabBin();
      const r = spawnSync(process.execPath, ["--require", TSLAB_PRELOAD, bin], { encoding: "utf8" });
      assert.equal(r.status, 0);
      const lines = r.stderr.trim().split("\n");
      assert.match(
        lines[0]!,
        /^gpu-cost-lab tslab preload: the code cache of TypeScript not applied: Cannot find module '@tslab\/typescript-for-tslab'/,
      );
      assert.match(
        lines.at(-1)!,
        /^gpu-cost-lab tslab preload: the queue of iopub sends not applied: Cannot find module 'zeromq'/,
      );
    });

    it("through NODE_OPTIONS, takes itself out of it for the processes a cell starts", async () => {
      const bin = await fakeTslabBin();
      const env = {
        ...process.env,
        NODE_OPTIONS: `--require ${JSON.stringify(TSLAB_PRELOAD)} --max-old-space-size=2048`,
      };
      const r = spawnSync(process.execPath, [bin], { encoding: "utf8", env });
      assert.equal(r.stdout, "--max-old-space-size=2048\n");
    });

    it("leaves NODE_OPTIONS as it is in a process that is not tslab's (the runner's launcher passes it on to tslab)", () => {
      const env = { ...process.env, NODE_OPTIONS: `--require ${JSON.stringify(TSLAB_PRELOAD)}` };
      const r = spawnSync(process.execPath, ["-e", "console.log(process.env.NODE_OPTIONS)"], { encoding: "utf8", env });
      assert.equal(r.stdout, `${env.NODE_OPTIONS}\n`);
    });

    it("does nothing in a process that is not tslab's", () => {
      const r = spawnSync(process.execPath, ["--require", TSLAB_PRELOAD, "-e", "console.log('plain')"], {
        encoding: "utf8",
      });
      assert.deepEqual([r.stdout, r.stderr], ["plain\n", ""]);
    });
  });
});
