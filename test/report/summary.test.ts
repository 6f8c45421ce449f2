import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { buildSummary } from "../../src/report/summary.js";
import type { NotebookResult } from "../../src/runner/run-notebook.js";

function result(name: string, status: NotebookResult["status"], cells: NotebookResult["cells"]): NotebookResult {
  return {
    name,
    source: `/p/notebooks/${name}`,
    output: status === "ok" ? `/p/report/notebooks/${name}` : undefined,
    status,
    errors: [],
    warnings: [],
    cells,
    parametersInjected: true,
    chartsRendered: 2,
    kernelStartMs: 1200,
    durationMs: 3400,
  };
}

describe("report/summary", () => {
  const overrides = { gpuCount: 2048 };
  const resolved = assumptions(overrides);
  const run = { jobs: 2, kernel: "tslab", timeoutS: 300, allowErrors: false, durationMs: 5000 };

  it("buildSummary records the overrides, the validated set and estimate() of it, without a second copy of the assumptions", () => {
    const summary = buildSummary({
      overrides,
      from: { set: overrides },
      resolved,
      results: [],
      outDir: "/p/report",
      run,
      now: new Date("2026-11-28T12:00:00Z"),
    });
    assert.equal(summary.generatedAt, "2026-11-28T12:00:00.000Z");
    assert.deepEqual(summary.assumptions.overrides, overrides);
    assert.deepEqual(summary.assumptions.resolved, JSON.parse(JSON.stringify(resolved)));
    const { assumptions: _a, ...expected } = JSON.parse(JSON.stringify(estimate(resolved))) as Record<string, unknown>;
    assert.deepEqual(summary.estimate, expected);
    assert.equal("assumptions" in summary.estimate, false);
  });

  it("buildSummary gives each notebook its status, output relative to the report folder and cell counts", () => {
    const ok = result("01-a.ipynb", "ok", [
      { cell: 1, status: "ok", durationMs: 5 },
      { cell: 2, status: "ok", durationMs: 5 },
    ]);
    const bad = result("02-b.ipynb", "failed", [
      { cell: 1, status: "ok", durationMs: 5 },
      { cell: 3, status: "error", durationMs: 5 },
      { cell: 4, status: "skipped", durationMs: 0 },
    ]);
    const summary = buildSummary({ overrides, from: {}, resolved, results: [ok, bad], outDir: "/p/report", run });
    assert.equal(summary.status, "failed");
    assert.deepEqual(
      summary.notebooks.map((n) => [n.name, n.status, n.output, n.cells]),
      [
        ["01-a.ipynb", "ok", "notebooks/01-a.ipynb", { run: 2, ok: 2, failed: 0, skipped: 0 }],
        ["02-b.ipynb", "failed", null, { run: 2, ok: 1, failed: 1, skipped: 1 }],
      ],
    );
    assert.equal(buildSummary({ overrides, from: {}, resolved, results: [ok], outDir: "/p/report", run }).status, "ok");
  });
});
