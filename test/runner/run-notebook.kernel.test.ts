import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeRuntimeDir } from "../../src/runner/connection-file.js";
import { liveKernelCount } from "../../src/runner/kernel-process.js";
import { cellSource, readNotebook, type CodeCell } from "../../src/runner/ipynb.js";
import { INJECTED_TAG } from "../../src/runner/parameters.js";
import { runNotebook, type RunEvent } from "../../src/runner/run-notebook.js";
import { SVG_MIME } from "../../src/runner/static-chart.js";
import { standIn, STAND_IN_NOTEBOOKS } from "../helpers/stand-in.js";
import { FIXTURES } from "./live-kernel.js";

// tslab for parameters and display (2 starts); the stand-in for death and cancelling
describe("runner/run-notebook", function () {
  this.timeout(120_000);
  let out: string;
  let runtimeDir: string;
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), "run-notebook-"));
    runtimeDir = await makeRuntimeDir();
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
    await rm(runtimeDir, { recursive: true, force: true });
  });

  it("runNotebook injects the parameters, runs, and writes the executed copy; the source is untouched", async () => {
    const source = join(FIXTURES, "clean", "parameters.ipynb");
    const before = await readFile(source, "utf8");
    const events: RunEvent["type"][] = [];
    const result = await runNotebook(source, {
      out: join(out, "parameters.ipynb"),
      runtimeDir,
      overrides: { gpuCount: { low: 2000, high: 3000 }, gpuPrice: "400万～500万日元" },
      onEvent: (e) => events.push(e.type),
    });
    assert.equal(result.status, "ok", result.errors.join("\n"));
    assert.equal(result.output, join(out, "parameters.ipynb"));
    assert.equal(result.parametersInjected, true);
    assert.equal(await readFile(source, "utf8"), before);
    assert.deepEqual([events[0], events.at(-1)], ["start", "end"]);
    const nb = await readNotebook(result.output);
    const injected = nb.cells.filter((c) => c.metadata.tags?.includes(INJECTED_TAG));
    assert.equal(injected.length, 1, "the earlier injected cell was replaced");
    // the parameters cell annotates gpuCount and gpuPrice: the injected declarations keep those types and compile
    assert.equal(
      cellSource(injected[0]!),
      '// Parameters injected by gpu-cost-lab\nconst gpuCount: number | { low: number; high: number } = {"low":2000,"high":3000};\nconst gpuPrice: string = "400万～500万日元";',
    );
    const use = nb.cells.find((c) => c.id === "c-use") as CodeCell;
    assert.deepEqual(use.outputs, [
      {
        output_type: "stream",
        name: "stdout",
        text: ['{"gpuCount":{"low":2000,"high":3000},"gpuPrice":"400万～500万日元","label":"default"}\n'],
      },
    ]);
    assert.equal((nb.metadata.language_info as { name: string }).name, "typescript");
    // the runner's mark, which lets a later run replace this copy and nothing it did not write
    assert.deepEqual(nb.metadata.gpu_cost_lab, { source: "parameters.ipynb" });
  });

  it("a chart output gets a static SVG copy in the same bundle; display updates land in place", async () => {
    const result = await runNotebook(join(FIXTURES, "clean", "display.ipynb"), {
      out: join(out, "display.ipynb"),
      runtimeDir,
    });
    assert.equal(result.status, "ok", result.errors.join("\n"));
    assert.equal(result.chartsRendered, 1);
    const nb = await readNotebook(result.output!);
    const chart = (nb.cells.find((c) => c.id === "c-chart") as CodeCell).outputs[0]!;
    assert.ok(chart.output_type === "display_data");
    assert.deepEqual(Object.keys(chart.data).sort(), ["application/vnd.vegalite.v5+json", SVG_MIME]);
    assert.match((chart.data[SVG_MIME] as string[]).join(""), /^<svg /);
    const update = (nb.cells.find((c) => c.id === "c-update") as CodeCell).outputs;
    assert.deepEqual(
      update.map((o) => o.output_type === "display_data" && o.data["text/plain"]),
      [["final figure"]],
    );
  });

  it("a kernel killed mid-cell fails the notebook by name; the output goes beside a good copy, never over it", async () => {
    const good = join(out, "kernel-killed.ipynb");
    await writeFile(good, "a good earlier result");
    const result = await runNotebook(join(STAND_IN_NOTEBOOKS, "failing", "kernel-killed.ipynb"), {
      out: good,
      runtimeDir,
      spec: await standIn(),
    });
    assert.equal(result.status, "failed");
    assert.deepEqual(result.errors, [
      "kernel died while running cell 3 of kernel-killed.ipynb (it was killed by SIGKILL)",
    ]);
    assert.equal(await readFile(good, "utf8"), "a good earlier result");
    assert.equal(result.output, join(out, "kernel-killed.failed.ipynb"));
    const nb = await readNotebook(result.output);
    assert.deepEqual((nb.cells[0] as CodeCell).outputs, [{ output_type: "stream", name: "stdout", text: ["alive\n"] }]);
    assert.deepEqual((await readdir(out)).sort(), ["kernel-killed.failed.ipynb", "kernel-killed.ipynb"]);
  });

  it("overrides for a notebook without a parameters cell fail before any kernel starts", async () => {
    const path = join(FIXTURES, "clean", "stream.ipynb");
    const result = await runNotebook(path, {
      out: join(out, "stream.ipynb"),
      runtimeDir,
      overrides: { gpuCount: 2048 },
    });
    assert.deepEqual(result.errors, [
      'cannot set gpuCount in stream.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)',
    ]);
    assert.equal(result.kernelStartMs, 0);
    assert.equal(existsSync(join(out, "stream.ipynb")), false);
  });

  it("an aborted run is cancelled: its kernel is shut down and nothing is written", async () => {
    const controller = new AbortController();
    const kernelsBefore = liveKernelCount();
    const result = await runNotebook(join(STAND_IN_NOTEBOOKS, "failing", "slow.ipynb"), {
      out: join(out, "slow.ipynb"),
      runtimeDir,
      spec: await standIn(),
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === "cell" && e.cell === 2) setTimeout(() => controller.abort(), 200);
      },
    });
    assert.equal(result.status, "cancelled");
    assert.equal(result.output, undefined);
    assert.deepEqual(await readdir(out), []);
    assert.equal(liveKernelCount(), kernelsBefore, "its kernel process has ended");
    assert.deepEqual(await readdir(runtimeDir), [], "the connection file is gone");
  });
});
