// Slow (a worker filling 512 MB): with the kernel tests, though it starts no kernel.
import assert from "node:assert/strict";
import type { Notebook } from "../../src/runner/ipynb.js";
import { addStaticCharts, ChartRenderer, STATIC_CHART_NOTE, SVG_MIME } from "../../src/runner/static-chart.js";

const spec = {
  data: { values: [{ view: "purchase", costUsd: 8 }] },
  mark: "bar",
  encoding: { x: { field: "view", type: "nominal" }, y: { field: "costUsd", type: "quantitative" } },
};

describe("runner/static-chart limits", () => {
  it("a chart over the memory limit ends the worker, not the runner: it keeps its spec and gets a note; the next chart renders", async function () {
    this.timeout(60_000);
    const renderer = new ChartRenderer(); // the default limit, 512 MB;
    // 30,000,000 data objects of some 40 bytes each: about 1.2 GB, far more than 512 MB
    const huge = {
      data: { sequence: { start: 0, stop: 3e7 } },
      mark: "point",
      encoding: { x: { field: "data", type: "quantitative" } },
    };
    const nb: Notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        {
          cell_type: "code",
          id: "a",
          metadata: {},
          source: "",
          execution_count: 1,
          outputs: [
            { output_type: "display_data", data: { "application/vnd.vegalite.v5+json": huge }, metadata: {} },
            { output_type: "display_data", data: { "application/vnd.vegalite.v5+json": spec }, metadata: {} },
          ],
        },
      ],
    };
    try {
      const result = await addStaticCharts(nb, { renderer });
      const reason = "over the limit of 512 MB of memory for drawing a chart";
      assert.deepEqual(result, { rendered: 1, failures: [{ cell: 1, reason }] });
      const [big, small] = (
        nb.cells[0] as { outputs: Array<{ data: Record<string, unknown>; metadata: Record<string, unknown> }> }
      ).outputs;
      assert.deepEqual(big, {
        output_type: "display_data",
        data: {
          "text/plain": [`Chart not drawn as an image (${reason}): open the notebook in JupyterLab to see it.`],
          "application/vnd.vegalite.v5+json": huge,
        },
        metadata: { [STATIC_CHART_NOTE]: { error: reason } },
      });
      assert.match((small!.data[SVG_MIME] as string[]).join(""), /^<svg /);
    } finally {
      await renderer.close();
    }
  });
});
