import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { headlineTableHtml } from "../../src/live/headline-html.js";
import { LIVE_DATA_ID, type LivePageData } from "../../src/live/page-data.js";
import type { LiveAssets } from "../../src/report/live-assets.js";
import {
  CONTENT_SECURITY_POLICY,
  liveContentSecurityPolicy,
  renderReport,
  type ReportNotebook,
} from "../../src/report/render-report.js";
import type { Summary } from "../../src/report/summary.js";
import type { Notebook } from "../../src/runner/ipynb.js";

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
          {
            output_type: "display_data",
            data: { "text/html": `<table><tr><td>${PLANT}<a href="javascript:alert(1)">x</a></td></tr></table>` },
            metadata: {},
          },
          {
            output_type: "display_data",
            data: {
              "image/svg+xml": `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>&lt;script&gt;</text></svg>`,
            },
            metadata: {},
          },
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
      from: {
        scenario: {
          name: PLANT,
          description: PLANT,
          sources: [{ title: PLANT, url: "javascript:alert(1)", quote: PLANT }],
        },
        file: PLANT,
      },
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
        cached: false,
        chartsRendered: 0,
        errors: [PLANT],
        warnings: [PLANT],
      },
    ],
    run: { jobs: 1, kernel: "tslab", timeoutS: 300, allowErrors: false, durationMs: 1000 },
  };
  return { summary, notebooks: [{ summary: summary.notebooks[0]!, notebook }] };
}

/** Live assets standing in for the bundles: a script that would reveal itself, data with a planted closing tag. */
const live: LiveAssets = {
  scripts: { page: 'document.title = "live";', worker: "onmessage = () => postMessage(1);" },
  dataFiles: { "planted.csv": `a\n</script><script>alert(1)</script>\n` },
  scenarios: [{ name: "full-programme", description: PLANT, assumptions: { experimentsMultiplier: [2, 4] } }],
};

/** The attributes-free `<script>` elements of a page and their text: the scripts that run. */
const runnable = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe("report/render-report", () => {
  it("the static page (no live assets) writes no executable script, whatever the notebooks and data contain", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(summary, notebooks, { live: null });
    assert.equal(/<script/i.test(html), false, "no <script> element");
    // inside tags (escaped text has no raw "<"): no event-handler attribute, no javascript: address
    assert.equal(/<[a-z][^>]*\son\w+\s*=/i.test(html), false, "no event-handler attribute");
    assert.equal(/<[a-z][^>]*(href|src)\s*=\s*["']?\s*javascript:/i.test(html), false, "no javascript: link");
    assert.equal(/<iframe|<object|<embed|<foreignObject/i.test(html), false);
    // the planted text is still there for the reader, as text
    assert.ok(html.includes("&lt;script&gt;alert(&quot;planted&quot;)&lt;/script&gt;"));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`));
    assert.match(CONTENT_SECURITY_POLICY, /^default-src 'none';/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /script-src/);
  });

  it("the live page runs one script, its own, and nothing planted in notebooks, overrides or data can add another", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(summary, notebooks, { live });
    assert.deepEqual(runnable(html), [live.scripts.page]);
    // the data block and the worker's text block are not run; no text in them closes them early
    const blocks = [...html.matchAll(/<script type="([^"]+)" id="([^"]+)">([\s\S]*?)<\/script>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.deepEqual(blocks, [
      ["application/json", LIVE_DATA_ID],
      ["text/plain", "gcl-live-worker"],
    ]);
    assert.equal((html.match(/<script/g) ?? []).length, 3);
    assert.equal(/<[a-z][^>]*\son\w+\s*=/i.test(html), false, "no event-handler attribute");
    assert.equal(/<[a-z][^>]*(href|src)\s*=\s*["']?\s*javascript:/i.test(html), false, "no javascript: link");
  });

  it("the live page's policy admits its script by its SHA-256 alone, a blob: worker, and no eval and no request", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(summary, notebooks, { live });
    const hash = createHash("sha256").update(live.scripts.page).digest("base64");
    const policy = `default-src 'none'; script-src 'sha256-${hash}'; worker-src blob:; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
    assert.equal(liveContentSecurityPolicy([live.scripts.page]), policy);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${policy}">`));
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval|blob:|data:|\*/);
    assert.doesNotMatch(policy, /unsafe-eval|connect-src|https?:/);
  });

  it("the live page's data block holds the run's overrides, the data files and the scenarios, '<' escaped", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(summary, notebooks, { live });
    const text = new RegExp(`<script type="application/json" id="${LIVE_DATA_ID}">([\\s\\S]*?)</script>`).exec(
      html,
    )![1]!;
    assert.equal(text.includes("<"), false);
    const data = JSON.parse(text) as LivePageData;
    assert.deepEqual(data, {
      lang: "en",
      run: summary.assumptions.overrides,
      dataFiles: live.dataFiles,
      scenarios: live.scenarios,
      monteCarlo: { n: 100_000, seed: 1 },
      // the planted run's estimate fails (its GPU is no GPU): the page keeps the project's name for a title
      cite: { title: "gpu-cost-lab report", version: "unknown", commit: "unknown", run: "2026-11-28" },
    });
  });

  it("the live page's panel, hidden until its script runs, has a control per assumption; the static page has none", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(
      { ...summary, assumptions: { ...summary.assumptions, overrides: { gpuCount: 2048 } } },
      notebooks,
      { live },
    );
    assert.ok(html.includes('<form id="live-panel" class="live-panel" hidden'), "the panel, hidden");
    assert.ok(
      html.includes('name="gpuCount" aria-describedby="live-a-gpuCount-message" value="2048"'),
      "the run's value in its box",
    );
    assert.ok(html.includes('<div id="live-charts" class="live-charts" hidden>'));
    assert.ok(html.includes("<noscript>"));
    assert.equal(renderReport(summary, notebooks, { live: null }).includes('<form id="live-panel"'), false);
  });

  it("renderReport opens on the findings, then the methodology, how to cite, the notebooks by title, the glossary, the run's details collapsed", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(
      { ...summary, assumptions: { ...summary.assumptions, overrides: { gpuCount: 2048 }, from: {} } },
      notebooks,
    );
    const at = (text: string) => html.indexOf(text);
    const order = [
      '<h1><span data-t="page.title" data-t-args="{&quot;model&quot;:&quot;DeepSeek-V3&quot;}">What did it cost to train DeepSeek-V3?</span></h1>',
      '<section id="estimate"',
      '<section id="findings"',
      '<section id="context"',
      '<div id="live-headline">',
      '<section id="methodology"',
      '<section id="cite"',
      '<nav class="toc"',
      '<section class="notebook"',
      '<section id="glossary"',
      '<details id="run-details"',
      '<section id="assumptions">',
    ];
    for (const text of order) assert.ok(at(text) >= 0, text);
    assert.deepEqual(
      order.map(at),
      order.map(at).sort((a, b) => a - b),
    );
    assert.ok(html.includes('<tr><th scope="row">gpuCount</th><td><code>2048</code></td></tr>'));
    // a notebook is headed, and listed, by its title (its first heading), not its file name
    assert.ok(
      html.includes('<li><a href="#nb-script-alert-planted-script">Title &lt;script&gt;'),
      "the title in the contents",
    );
    assert.ok(
      html.includes("<h2>Title &lt;script&gt;alert(&quot;planted&quot;)&lt;/script&gt;</h2>"),
      "the title heads the notebook",
    );
  });

  it("a reader's view: code folded behind 'show code', outputs shown; the findings and the glossary's terms in the page", () => {
    const { summary, notebooks } = planted();
    const html = renderReport({ ...summary, assumptions: { ...summary.assumptions, overrides: {} } }, notebooks, {
      live: null,
    });
    assert.ok(
      html.includes('<details class="code"><summary>show code (parameters) <span class="label">[1]</span></summary>'),
    );
    assert.ok(html.includes('<ol class="findings"><li data-finding="claim">'), "the findings, as a list");
    assert.ok(html.includes('<dt id="glossary-pue"><span data-t="glossary.pue.term">PUE</span></dt>'));
    assert.match(html, /<a class="term" href="#glossary-amortized" title="[^"]+">Amortized<\/a>/);
  });

  it("without --base-url the page says its link works only where published and cites no address; with one, both use it", () => {
    const { summary, notebooks } = planted();
    const run = { ...summary, assumptions: { ...summary.assumptions, overrides: { gpuCount: 2048 } } };
    const local = renderReport(run, notebooks, { live });
    assert.ok(
      local.includes("it opens them for others only where the page is published (make the report with --base-url URL)"),
    );
    assert.ok(local.includes("&quot;What did it cost to train DeepSeek-V3?&quot;, run on 2026-11-28.</blockquote>"));
    const published = renderReport(run, notebooks, { live, baseUrl: "https://example.org/gcl/" });
    assert.ok(published.includes("Published at https://example.org/gcl/: the link opens these assumptions there."));
    assert.ok(published.includes("run on 2026-11-28, https://example.org/gcl/#gpuCount=2048.</blockquote>"));
    assert.ok(published.includes("Assumptions changed from the defaults: gpuCount=2048."));
  });

  it("the page opens on the run's headline estimate, as the README's table, with or without the live part", () => {
    const { summary, notebooks } = planted();
    const run = { ...summary, assumptions: { ...summary.assumptions, overrides: { gpuCount: 2048 } } };
    const e = estimate({ gpuCount: 2048 });
    const table = headlineTableHtml(headlineRows(e), e);
    // 2,048 × ¥4,000,000 ÷ 151.65 = $54.0M; 2,048 × ¥5,000,000 ÷ 151.65 = $67.5M
    assert.ok(table.includes(">$54.0M</td>") && table.includes(">$67.5M</td>"), table);
    for (const options of [{ live }, { live: null }]) {
      const html = renderReport(run, notebooks, options);
      assert.ok(html.includes(`<div id="live-headline">${table}`), "the headline table");
      assert.ok(html.indexOf('<section id="estimate"') < html.indexOf('<section id="assumptions">'));
    }
  });

  it("a run whose estimate fails says why where the headline would be", () => {
    const { summary, notebooks } = planted();
    const html = renderReport({ ...summary, estimate: null, estimateError: "no FX rate" }, notebooks, { live: null });
    assert.ok(html.includes('<p class="failure">The headline estimate could not be computed: no FX rate</p>'), html);
  });
});

describe("report/render-report in the reader's language", () => {
  it("renderReport with lang zh writes the page's headline, panel, findings and words in Chinese, amounts in 万/亿", () => {
    const { summary, notebooks } = planted();
    const html = renderReport(
      {
        ...summary,
        assumptions: { ...summary.assumptions, overrides: {}, from: {} },
        run: { ...summary.run, lang: "zh" },
      },
      notebooks,
    );
    assert.ok(html.includes('<html lang="zh-CN">'));
    assert.ok(html.includes(">训练DeepSeek-V3究竟花了多少钱？</span></h1>"));
    // the headline: 2,000 × 400万日元 ÷ 151.65 = 5,275万美元
    assert.ok(html.includes("购买GPU（2,000～3,000块 × 400万～500万日元，按文章的算法）"));
    assert.ok(html.includes("5,275万美元"));
    assert.ok(html.includes('<th scope="col">口径</th>'));
    // the panel: the assumptions in a reader's words, the help, the reset
    assert.ok(html.includes('<span class="plain" data-t="assumption.gpuPrice">单块GPU价格</span>'));
    assert.ok(html.includes(">恢复报告本身的假设</span>"));
    // a computed sentence: the claim as its author counts it, 2,788,000 × $2 = $5,576,000 = 557.6万美元
    assert.ok(html.includes("DeepSeek-AI公布的<strong>557.6万美元</strong>，是278.8万 H800 GPU小时"));
    // the notebooks' prose stays English, and the page says so
    assert.ok(html.includes("手写说明保留英文"));
    // the language switch, and the page's data say which language the page was written in
    assert.ok(html.includes('<option value="zh" lang="zh-CN" selected>中文</option>'));
    assert.ok(html.includes('"lang":"zh"'));
  });
});
