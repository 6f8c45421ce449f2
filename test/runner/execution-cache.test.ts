import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ExecutionCache,
  executionKey,
  hashFiles,
  withOutputsOf,
  type ExecutionContext,
} from "../../src/runner/execution-cache.js";
import { projectTslab } from "../../src/runner/kernelspec.js";
import type { Notebook } from "../../src/runner/ipynb.js";
import { injectParameters } from "../../src/runner/parameters.js";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";
import { PROJECT_DEPENDENCIES } from "../../src/report/run-report.js";

/** A notebook with a markdown cell, a parameters cell and one more code cell. */
function notebook({ markdown = "# Title", code = "console.log(gpuCount);" } = {}): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: "markdown", id: "m", metadata: {}, source: markdown },
      {
        cell_type: "code",
        id: "p",
        metadata: { tags: ["parameters"] },
        source: "const gpuCount = 2000;",
        execution_count: null,
        outputs: [],
      },
      { cell_type: "code", id: "c", metadata: {}, source: code, execution_count: null, outputs: [] },
    ],
  };
}

describe("runner/execution-cache", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), "execution-cache-"))));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const context = (dependencies = "d1"): ExecutionContext => ({ kernel: projectTslab(), cwd: "/nb", dependencies });

  it("executionKey changes with the code cells and the injected parameters, not with markdown", () => {
    const key = executionKey(notebook(), context());
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(executionKey(notebook({ markdown: "# Another title" }), context()), key, "markdown is not in the key");
    assert.notEqual(executionKey(notebook({ code: "console.log(gpuCount + 1);" }), context()), key, "code");
    const injected = injectParameters(notebook(), { gpuCount: 2048 }).notebook;
    assert.notEqual(executionKey(injected, context()), key, "parameters");
    assert.equal(executionKey(injectParameters(notebook(), {}).notebook, context()), key, "no parameters, no change");
    assert.notEqual(executionKey(notebook(), context("d2")), key, "dependencies");
    assert.notEqual(executionKey(notebook(), { ...context(), cwd: "/elsewhere" }), key, "working folder");
  });

  it("hashFiles changes when a file of the library or of the data changes, is added or removed", async () => {
    await mkdir(join(dir, "dist"));
    await mkdir(join(dir, "data"));
    await writeFile(join(dir, "dist", "index.js"), "export const a = 1;");
    await writeFile(join(dir, "data", "gpus.csv"), "gpu,price\nH800,1\n");
    const paths = [join(dir, "dist"), join(dir, "data")];
    const before = hashFiles(paths, dir);
    assert.equal(hashFiles(paths, dir), before, "the same files, the same hash");
    await writeFile(join(dir, "dist", "index.js"), "export const a = 2;");
    const library = hashFiles(paths, dir);
    assert.notEqual(library, before, "library");
    await writeFile(join(dir, "data", "gpus.csv"), "gpu,price\nH800,2\n");
    const data = hashFiles(paths, dir);
    assert.notEqual(data, library, "data");
    await writeFile(join(dir, "data", "more.csv"), "x\n");
    assert.notEqual(hashFiles(paths, dir), data, "a file added");
  });

  it("the project's dependencies are the built library, the data files and the lock file", () => {
    assert.deepEqual(PROJECT_DEPENDENCIES, [
      join(PACKAGE_ROOT, "dist"),
      join(PACKAGE_ROOT, "data"),
      join(PACKAGE_ROOT, "package-lock.json"),
    ]);
  });

  it("an entry comes back as stored; withOutputsOf puts its outputs into the current notebook's code cells", async () => {
    const cache = new ExecutionCache(join(dir, ".cache"));
    const executed = notebook();
    const [, params, code] = executed.cells as [
      unknown,
      { outputs: unknown[]; execution_count: number },
      { outputs: unknown[]; execution_count: number },
    ];
    params.execution_count = 1;
    code.execution_count = 2;
    code.outputs = [{ output_type: "stream", name: "stdout", text: ["2000\n"] }];
    executed.metadata.gpu_cost_lab = { source: "a.ipynb" };
    assert.equal(await cache.get("a".repeat(64)), undefined);
    await cache.put("a".repeat(64), executed);
    const stored = (await cache.get("a".repeat(64)))!;
    const merged = withOutputsOf(notebook({ markdown: "# New text" }), stored);
    assert.deepEqual(
      merged.cells.map((c) => (c.cell_type === "code" ? [c.execution_count, c.outputs] : c.source)),
      ["# New text", [1, []], [2, [{ output_type: "stream", name: "stdout", text: ["2000\n"] }]]],
    );
    // the runner's mark comes with the outputs: a later run may replace this copy (src/cli/output-paths.ts)
    assert.deepEqual(merged.metadata.gpu_cost_lab, { source: "a.ipynb" });
  });
});
