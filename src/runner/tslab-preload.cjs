"use strict";
/**
 * Preloaded into the project's tslab kernel (`node --require …/tslab-preload.cjs …/tslab/bin/tslab
 * kernel` in the runner, `NODE_OPTIONS=--require …` in the JupyterLab kernelspec): applies the
 * patches of ./tslab-patches.cjs to the tslab that `process.argv[1]` runs. A patch that cannot be
 * applied says so on stderr, `gpu-cost-lab tslab preload: <patch> not applied: <why>`, and the
 * kernel runs without it.
 *
 * Through NODE_OPTIONS it would reach every Node process a cell starts: in tslab's process it
 * takes itself out of `process.env.NODE_OPTIONS` for them. In any other process (the runner's
 * launcher, a wrapper that starts tslab) it does nothing and leaves NODE_OPTIONS as it is.
 */
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { cacheTypeScriptCode, leanTypeScriptProgram, queueIopubSends, TYPESCRIPT } = require("./tslab-patches.cjs");

const warn = (text) => process.stderr.write(`gpu-cost-lab tslab preload: ${text}\n`);
const apply = (name, patch) => {
  try {
    patch();
  } catch (error) {
    // the first line: Node's "Cannot find module" goes on with the require stack
    warn(`${name} not applied: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
  }
};

/** tslab's folder, when this process runs its bin/tslab (argv[1], maybe through node_modules/.bin). */
function tslabDir() {
  let script;
  try {
    script = fs.realpathSync(process.argv[1] ?? "");
  } catch {
    return undefined;
  }
  const dir = path.dirname(path.dirname(script));
  return path.basename(script) === "tslab" && path.basename(path.dirname(script)) === "bin" ? dir : undefined;
}

/** Takes this preload out of NODE_OPTIONS, for the processes a cell starts. */
function leaveNodeOptions() {
  const options = process.env.NODE_OPTIONS;
  if (!options?.includes(__filename)) return;
  const escaped = __filename.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const rest = options.replace(new RegExp(`--require[= ]"?${escaped}"?`), "").trim();
  if (rest === "") delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = rest;
}

const tslab = tslabDir();
if (tslab !== undefined) {
  leaveNodeOptions();
  const requireFromTslab = Module.createRequire(path.join(tslab, "package.json"));
  apply("the code cache of TypeScript", () => {
    const tsFile = requireFromTslab.resolve(TYPESCRIPT);
    const modules = tsFile.slice(0, tsFile.lastIndexOf("node_modules") + "node_modules".length);
    const name = `typescript-${process.version}-${process.arch}-${fs.statSync(tsFile).size}.v8`;
    const cacheFile = path.join(modules, ".cache", "gpu-cost-lab", name);
    cacheTypeScriptCode({ Module, fs, path, vm, tsFile, cacheFile, warn });
  });
  apply("the lean TypeScript program", () =>
    leanTypeScriptProgram({
      Module,
      converterFile: path.join(tslab, "dist", "converter.js"),
      mainFile: path.join(tslab, "dist", "main.js"),
      cwd: process.cwd(),
      builtins: Module.builtinModules,
      warn,
    }),
  );
  apply("the queue of iopub sends", () => queueIopubSends(requireFromTslab("zeromq")));
}
