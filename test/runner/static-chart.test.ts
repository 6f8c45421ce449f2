import assert from "node:assert/strict";
import type { Notebook } from "../../src/runner/ipynb.js";
import { addStaticCharts, ChartRenderer, renderVegaLiteSvg, SVG_MIME } from "../../src/runner/static-chart.js";

const spec = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: {
    values: [
      { view: "purchase", costUsd: 8 },
      { view: "rental", costUsd: 5.6 },
    ],
  },
  mark: "bar",
  encoding: { x: { field: "view", type: "nominal" }, y: { field: "costUsd", type: "quantitative" } },
};

describe("runner/static-chart", () => {
  it("renderVegaLiteSvg(spec) renders the chart in Node as SVG text, data values escaped", async function () {
    this.timeout(30_000); // loading vega the first time
    const svg = await renderVegaLiteSvg({ ...spec, data: { values: [{ view: "<script>x</script>", costUsd: 1 }] } });
    assert.match(svg, /^<svg [^>]*class="marks"/);
    assert.match(svg, /&lt;script&gt;/);
    assert.doesNotMatch(svg, /<script/);
  });

  it("renderVegaLiteSvg loads no external data: a spec with a URL renders without it", async () => {
    const svg = await renderVegaLiteSvg({
      data: { url: "file:///etc/passwd", format: { type: "csv" } },
      mark: "point",
      encoding: { x: { field: "root", type: "nominal" } },
    });
    assert.doesNotMatch(svg, /root:/);
  });

  it("addStaticCharts(nb) adds image/svg+xml beside each Vega-Lite output and reports specs it cannot render", async () => {
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
            { output_type: "display_data", data: { "application/vnd.vegalite.v5+json": spec }, metadata: {} },
            {
              output_type: "display_data",
              data: { "application/vnd.vegalite.v5+json": { mark: "nonsense" } },
              metadata: {},
            },
            { output_type: "stream", name: "stdout", text: ["x"] },
          ],
        },
      ],
    };
    const result = await addStaticCharts(nb);
    assert.equal(result.rendered, 1);
    assert.equal(result.failures.length, 1);
    assert.equal(result.failures[0]!.cell, 1);
    assert.match(result.failures[0]!.reason, /\S/);
    const [chart, bad] = (nb.cells[0] as { outputs: Array<{ data?: Record<string, unknown> }> }).outputs;
    assert.match((chart!.data![SVG_MIME] as string[]).join(""), /^<svg /);
    assert.equal(SVG_MIME in bad!.data!, false);
  });

  it("a chart that takes longer than the time limit is given up, and the worker replaced", async function () {
    this.timeout(60_000);
    const renderer = new ChartRenderer({ timeoutMs: 200 });
    try {
      const slow = {
        data: { sequence: { start: 0, stop: 3e5 } },
        mark: "point",
        encoding: { x: { field: "data", type: "quantitative" } },
      };
      await assert.rejects(renderer.render(slow), { message: "over the limit of 0.2 s for drawing a chart" });
    } finally {
      await renderer.close();
    }
  });
});
