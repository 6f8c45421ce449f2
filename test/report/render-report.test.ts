import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { CONTENT_SECURITY_POLICY, headlineTable, renderReport, type ReportNotebook } from "../../src/report/render-report.js";
import type { Summary } from "../../src/report/summary.js";
import type { Notebook } from "../../src/runner/notebook.js";

const PLANT = '<script>alert("planted")</script>';

/** A summary and an executed notebook with a <script> planted everywhere text can come from. */
function planted(): { summary: Summary; notebooks: ReportNotebook[] } {
  const notebook: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: "markdown", id: "m", metadata: {}, source: `# Title ${PLANT}\n\n<img src=x onerror="alert(1)">` },
      { cell_type: "raw", id: "r", metadata: {}, source: PLANT },
      {
        cell_type: "code",
        id: "c",
        metadata: { tags: ["parameters"] },
        source: `const label = "${PLANT}";`,
        execution_count: 1,
        outputs: [
          { output_type: "stream", name: "stdout", text: [PLANT] },
          { output_type: "display_data", data: { "text/html": `<table><tr><td>${PLANT}<a href="javascript:alert(1)">x</a></td></tr></table>` }, metadata: {} },
          { output_type: "display_data", data: { "image/svg+xml": `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>&lt;script&gt;</text></svg>` }, metadata: {} },
          { output_type: "execute_result", execution_count: 1, data: { "text/markdown": PLANT }, metadata: {} },
          { output_type: "error", ename: "Error", evalue: PLANT, traceback: [] },
        ],
      },
    ],
  };
  const summary: Summary = {
    generatedAt: "2026-11-28T12:00:00.000Z",
    status: "failed",
    assumptions: {
      overrides: { gpu: PLANT },
      from: { scenario: { name: PLANT, description: PLANT, sources: [{ title: PLANT, url: "javascript:alert(1)", quote: PLANT }] }, file: PLANT },
      resolved: assumptions({}),
    },
    estimate: { purchase: { label: PLANT, low: 1, high: 2, currency: "USD" } },
    notebooks: [
      {
        name: `${PLANT}.ipynb`,
        status: "failed",
        output: `notebooks/${PLANT}.ipynb`,
        durationMs: 1000,
        kernelStartMs: 500,
        cells: { run: 1, ok: 0, failed: 1, skipped: 0 },
        parametersInjected: true,
        chartsRendered: 0,
        errors: [PLANT],
        warnings: [PLANT],
      },
    ],
    run: { jobs: 1, kernel: "tslab", timeoutS: 300, allowErrors: false, durationMs: 1000 },
  };
  return { summary, notebooks: [{ summary: summary.notebooks[0]!, notebook }] };
}

describe("report/render-report", () => {
  it("renderReport writes no executable script, whatever the notebooks and data contain", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(summary, notebooks);
    assert.equal(/<script/i.test(html), false, "no <script> element");
    // inside tags (escaped text has no raw "<"): no event-handler attribute, no javascript: address
    assert.equal(/<[a-z][^>]*\son\w+\s*=/i.test(html), false, "no event-handler attribute");
    assert.equal(/<[a-z][^>]*(href|src)\s*=\s*["']?\s*javascript:/i.test(html), false, "no javascript: link");
    assert.equal(/<iframe|<object|<embed|<foreignObject/i.test(html), false);
    // the planted text is still there for the reader, as text
    assert.ok(html.includes("&lt;script&gt;alert(&quot;planted&quot;)&lt;/script&gt;"));
  });

  it("renderReport forbids scripts with a Content-Security-Policy as a second line of defence", () => {
    const { summary, notebooks } = planted();
    assert.ok(renderReport(summary, notebooks).includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`));
    assert.match(CONTENT_SECURITY_POLICY, /^default-src 'none';/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /script-src/);
  });

  it("renderReport puts the assumptions first, then a table of contents linking each notebook", () => {
    const { summary, notebooks } = planted();
    const html = renderReport({ ...summary, assumptions: { ...summary.assumptions, overrides: { gpuCount: 2048 }, from: {} } }, notebooks);
    const at = (text: string) => html.indexOf(text);
    assert.ok(at('<section id="assumptions">') < at('<nav class="toc"'));
    assert.ok(at('<nav class="toc"') < at('<section class="notebook"'));
    assert.ok(html.includes('<tr><th scope="row">gpuCount</th><td><code>2048</code></td></tr>'));
    assert.ok(html.includes('<li><a href="#nb-script-alert-planted-script">'));
  });

  it("headlineTable(estimate) lists the cost views with their range and currency", () => {
    const table = headlineTable({ currency: "USD", rental: { label: "Rental: the final run", low: 5_576_000, high: 13_705_808, currency: "USD" }, reported: { label: "Reported", low: 5_576_000, high: 5_576_000, currency: "USD" } });
    assert.equal(
      table,
      '<table><thead><tr><th>view</th><th>cost</th></tr></thead><tbody><tr><td>Rental: the final run</td><td style="text-align: right">5,576,000 – 13,705,808 USD</td></tr><tr><td>Reported</td><td style="text-align: right">5,576,000 USD</td></tr></tbody></table>',
    );
  });

  it("headlineTable(estimate) gives a row to each view of a list: the amortized view under every method", () => {
    const table = headlineTable({
      alternatives: [
        { label: "Amortized hardware + energy: straight-line over 5 years", low: 3_653_955, high: 4_503_209, currency: "USD" },
      ],
    });
    assert.ok(table.includes("<tr><td>Amortized hardware + energy: straight-line over 5 years</td><td style=\"text-align: right\">3,653,955 – 4,503,209 USD</td></tr>"));
  });
});
