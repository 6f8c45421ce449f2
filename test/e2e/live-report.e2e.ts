/**
 * The report of the project's notebooks as a live page, in Chromium, opened from `file://` as a
 * reader would: the panel changes `gpuCount` to 2048 and a price, and the headline and the
 * comparison chart show the library's values for them (computed here by the same library, in
 * Node); a bad value shows the library's message; the shared link restores what was shown;
 * the case selector (another headline, kept in the hash); Reset, a scenario, the downloads; the latencies measured with the page's performance marks,
 * printed; not one network request; and, without JavaScript, the static report.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { claimOf } from "../../src/analysis/findings/claim.js";
import { findings } from "../../src/analysis/findings/findings.js";
import { comparisonRows } from "../../src/analysis/headline/comparison-rows.js";
import { HEADLINE_MONTE_CARLO, headlineDraws } from "../../src/analysis/headline/headline-draws.js";
import { headlineRows, type HeadlineDraws } from "../../src/analysis/headline/headline-rows.js";
import { assumptionNames } from "../../src/assumptions/specs.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { withExperiments } from "../../src/assumptions/with-experiments.js";
import { headlineCsv } from "../../src/analysis/headline/headline-csv.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { splitCsvLine } from "../../src/data/parse-csv.js";
import { hashOf } from "../../src/live/overrides-hash.js";
import { useNodeDataFiles } from "../../src/node/data-files.js";
import { libraryMessage } from "../library-message.js";
import { buildReport, runnerPresent } from "./helpers/executed-copies.js";
import { ensureResultsDir, projectDir, recordTime, sharedBrowser } from "./helpers/session.js";

useNodeDataFiles();

/** What the headline table shows for `overrides`, row by row, as the library computes it: view, low, high, × reported. */
function expectedHeadline(overrides: Record<string, unknown>): string[][] {
  const e = estimate(overrides);
  return headlineRows(e).map((r) => [r.label, r.lowText, r.highText, r.timesReportedText]);
}

/** The Monte Carlo's figures for `overrides`, as the page's worker draws them (the same library, seed and draws). */
function drawsOf(overrides: Record<string, unknown>): HeadlineDraws {
  const e = estimate(overrides);
  return headlineDraws(simulate(withExperiments(e.assumptions), HEADLINE_MONTE_CARLO), e.reported!.low);
}

/** The headline table as shown: each row's view, low, high and × reported (the median and interval: {@link shownMedians}). */
async function shownHeadline(page: Page): Promise<string[][]> {
  return (await shownCells(page)).map((cells) => [cells[0]!, cells[1]!, cells[2]!, cells[5]!]);
}

/** Each row's median and 90% interval as shown: `…` while the Monte Carlo draws, `—` for a view it does not draw. */
async function shownMedians(page: Page): Promise<string[][]> {
  return (await shownCells(page)).map((cells) => [cells[3]!, cells[4]!]);
}

function shownCells(page: Page): Promise<string[][]> {
  return page.$$eval("#live-headline tbody tr", (rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())),
  );
}

/** Wait until the Monte Carlo of the last change is in the table (no cell says it is drawing). */
async function waitForDraws(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ![...document.querySelectorAll("#live-headline td")].some((td) => td.textContent?.trim() === "…"),
    undefined,
    { timeout: 15_000, polling: 20 },
  );
}

/** The findings as shown, one text per sentence. */
function shownFindings(page: Page): Promise<string[]> {
  return page.$$eval("#live-findings li", (items) => items.map((li) => (li.textContent ?? "").trim()));
}

/** The findings the library writes for `overrides`, with the Monte Carlo's draws. */
function expectedFindings(overrides: Record<string, unknown>): string[] {
  const e = estimate(overrides);
  return findings(e, claimOf(e), { draws: drawsOf(overrides), runs: loadTrainingRuns() }).map((f) => f.text);
}

/** Wait until the headline table shows what the library computes for `overrides`. */
async function waitForHeadline(page: Page, overrides: Record<string, unknown>): Promise<void> {
  const expected = expectedHeadline(overrides);
  const deadline = Date.now() + 10_000;
  let shown: string[][] = [];
  while (Date.now() < deadline) {
    shown = await shownHeadline(page);
    if (JSON.stringify(shown) === JSON.stringify(expected)) return;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(shown, expected, `the headline for ${JSON.stringify(overrides)}`);
}

/** The text of the comparison chart as drawn (its SVG's labels). */
function comparisonText(page: Page): Promise<string> {
  return page.$eval("#live-chart-comparison svg", (svg) => svg.textContent ?? "");
}

/** How many of the page's measures named `name` there are, and their durations. */
function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

/** Wait until the page has recorded `count` measures named `name`. */
async function waitForMeasures(page: Page, name: string, count: number): Promise<number[]> {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(n as string).length >= (c as number),
    [name, count],
    {
      timeout: 15_000,
      polling: 20,
    },
  );
  return measures(page, name);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

describe("the live report in the browser", function () {
  let indexHtml: string;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  before(async function () {
    if (!runnerPresent()) this.skip();
    const out = await buildReport(join(projectDir, "notebooks"));
    indexHtml = join(out, "index.html");
    page = await (await sharedBrowser()).newPage({ viewport: { width: 1400, height: 1200 }, acceptDownloads: true });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    // a script the page's policy blocks, an eval it refuses, a worker it forbids: each is a violation event
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(pathToFileURL(indexHtml).href);
    await waitForMeasures(page, "gcl:monte-carlo", 1);
  });

  after(async () => {
    await page?.close();
  });

  it("opens from file:// live: a control per assumption, named after it, the run's headline and charts drawn", async () => {
    assert.equal(await page.locator("#live-panel").isVisible(), true);
    const names = await page.$$eval("#live-panel [name]", (els) => els.map((e) => e.getAttribute("name")));
    assert.deepEqual(names, ["case", ...assumptionNames]);
    await waitForHeadline(page, {});
    for (const chart of ["ladder", "comparison", "tornado", "breakEven", "amortized", "programme"]) {
      assert.ok(
        (await page.locator(`#live-chart-${chart} svg.marks path, #live-chart-${chart} svg.marks rect`).count()) > 0,
        chart,
      );
    }
    assert.deepEqual(problems, []);
  });

  it("gpuCount = 2048 and a price in the panel: the headline and the comparison chart show the library's values", async () => {
    const started = Date.now();
    await page.locator('#live-panel [name="gpuCount"]').fill("2048");
    await waitForHeadline(page, { gpuCount: 2048 });
    await page.locator('#live-panel [name="gpuPrice"]').fill("300万～500万日元");
    const overrides = { gpuCount: 2048, gpuPrice: "300万～500万日元" };
    await waitForHeadline(page, overrides);
    // 2,048 × ¥3,000,000 ÷ 151.65 = $40.5M; 2,048 × ¥5,000,000 ÷ 151.65 = $67.5M
    assert.deepEqual(expectedHeadline(overrides)[0]!.slice(1, 3), ["$40.5M", "$67.5M"]);
    const purchase = comparisonRows(estimate(overrides))[0]!;
    await page.waitForFunction(
      (text) => document.querySelector("#live-chart-comparison svg")?.textContent?.includes(text),
      `${purchase.costText}  (${purchase.timesReportedText})`,
      { timeout: 10_000 },
    );
    assert.ok((await comparisonText(page)).includes("$40.5M–$67.5M"), await comparisonText(page));
    recordTime("live page: two changes until the library's figures show", (Date.now() - started) / 1000);
    // the README's screenshot (docs/live-report.png): the findings first, the panel beside them
    await waitForDraws(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ensureResultsDir(), "live-report.png") });
  });

  it("the findings change when gpuCount changes, to the library's sentences for the new assumptions", async () => {
    await page.locator('#live-panel [name="gpuCount"]').fill("");
    await page.locator('#live-panel [name="gpuPrice"]').fill("");
    await waitForHeadline(page, {});
    await waitForDraws(page);
    const before = await shownFindings(page);
    assert.deepEqual(before, expectedFindings({}));
    await page.locator('#live-panel [name="gpuCount"]').fill("2048");
    await waitForHeadline(page, { gpuCount: 2048 });
    await waitForDraws(page);
    const after = await shownFindings(page);
    assert.deepEqual(after, expectedFindings({ gpuCount: 2048 }));
    // 2,048 × JPY 4,000,000–5,000,000 ÷ 151.65 = $54.0M–$67.5M, where 2,000–3,000 gave $52.8M–$98.9M
    const chips = (list: string[]) => list.find((f) => f.startsWith("The chips cost"))!;
    assert.ok(chips(before).startsWith("The chips cost $52.8M–$98.9M (2,000–3,000 ×"), chips(before));
    assert.ok(chips(after).startsWith("The chips cost $54.0M–$67.5M (2,048 ×"), chips(after));
    // the table's medians are the Monte Carlo's, as the library draws them
    const drawn = headlineRows(estimate({ gpuCount: 2048 }), drawsOf({ gpuCount: 2048 }));
    assert.deepEqual(
      await shownMedians(page),
      drawn.map((r) => (r.reference ? ["", ""] : r.drawn ? [r.medianText, r.intervalText] : ["—", "—"])),
    );
    await page.locator('#live-panel [name="gpuPrice"]').fill("300万～500万日元");
    await waitForHeadline(page, { gpuCount: 2048, gpuPrice: "300万～500万日元" });
  });

  it("a value the library refuses: its own message beside the box, the figures left as they were", async () => {
    const box = page.locator('#live-panel [name="pue"]');
    await box.fill("0.9");
    await page.waitForFunction(() => document.getElementById("live-a-pue-message")?.textContent !== "");
    assert.equal(await page.locator("#live-a-pue-message").textContent(), libraryMessage({ pue: 0.9 }));
    assert.equal(await box.getAttribute("aria-invalid"), "true");
    await waitForHeadline(page, { gpuCount: 2048, gpuPrice: "300万～500万日元" });
    await box.fill("");
    assert.equal(await page.locator("#live-a-pue-message").textContent(), "");
  });

  it("the URL's hash keeps the changed assumptions; the shared link, reloaded, shows the same", async () => {
    const overrides = { gpuCount: 2048, gpuPrice: "300万～500万日元" };
    const hash = hashOf(overrides, {});
    await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5_000 });
    assert.equal(await page.getAttribute("#live-link", "href"), hash);
    const before = { headline: await shownHeadline(page), chart: await comparisonText(page) };
    const link = page.url();
    assert.equal(link, `${pathToFileURL(indexHtml).href}${hash}`);
    const reader = await (await sharedBrowser()).newPage({ viewport: { width: 1400, height: 1200 } });
    try {
      await reader.goto(link);
      await waitForHeadline(reader, overrides);
      assert.deepEqual(await shownHeadline(reader), before.headline);
      await reader.waitForFunction(() => document.querySelector("#live-chart-comparison svg"));
      assert.equal(await comparisonText(reader), before.chart);
      assert.equal(await reader.inputValue('#live-panel [name="gpuCount"]'), "2048");
      assert.equal(await reader.inputValue('#live-panel [name="gpuPrice"]'), "300万～500万日元");
    } finally {
      await reader.close();
    }
  });

  it("the case selector: MiniMax-M1's claim is the reported figure, kept in the hash, and the findings follow it", async () => {
    await page.locator('#live-panel [name="gpuCount"]').fill("");
    await page.locator('#live-panel [name="gpuPrice"]').fill("");
    await page.locator("#live-a-case").selectOption("minimax-m1");
    await waitForHeadline(page, { case: "minimax-m1" });
    const hash = hashOf({ case: "minimax-m1" }, {});
    await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5_000 });
    await waitForDraws(page);
    assert.deepEqual(await shownFindings(page), expectedFindings({ case: "minimax-m1" }));
    // back to the default case and the earlier changes, for the tests after this one
    await page.locator("#live-a-case").selectOption("deepseek-v3");
    await page.locator('#live-panel [name="gpuCount"]').fill("2048");
    await page.locator('#live-panel [name="gpuPrice"]').fill("300万～500万日元");
    await waitForHeadline(page, { gpuCount: 2048, gpuPrice: "300万～500万日元" });
  });

  it("downloads the current estimate as CSV and JSON, the library's figures", async () => {
    const overrides = { gpuCount: 2048, gpuPrice: "300万～500万日元" };
    await waitForDraws(page);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#live-csv")]);
    assert.equal(csv.suggestedFilename(), "gpu-cost-lab-estimate.csv");
    // with the medians and intervals of the Monte Carlo
    assertSameCsv(
      await readFile(await csv.path(), "utf8"),
      headlineCsv(headlineRows(estimate(overrides), drawsOf(overrides))),
    );
    const [json] = await Promise.all([page.waitForEvent("download"), page.click("#live-json")]);
    const data = JSON.parse(await readFile(await json.path(), "utf8")) as {
      overrides: unknown;
      estimate: { purchase: { low: number } };
    };
    assert.deepEqual(data.overrides, overrides);
    assertClose(data.estimate.purchase.low, estimate(overrides).purchase.low, "estimate.purchase.low");
  });

  it("a scenario is one click; Reset returns to the report's own run and its plain address", async () => {
    await page.click('#live-panel button[data-scenario="full-programme"]');
    await waitForHeadline(page, { experimentsMultiplier: { low: 2, high: 4 } });
    assert.equal(await page.inputValue('#live-panel [name="experimentsMultiplier"]'), '{"low":2,"high":4}');
    assert.equal(await page.inputValue('#live-panel [name="gpuCount"]'), "");
    await page.click("#live-reset");
    await waitForHeadline(page, {});
    await page.waitForFunction(() => location.hash === "", undefined, { timeout: 5_000 });
    assert.equal(await page.inputValue('#live-panel [name="experimentsMultiplier"]'), "");
  });

  it("measures its latency: a change to the headline and charts drawn, and the 100,000-draw Monte Carlo (printed)", async () => {
    const updates = (await measures(page, "gcl:update")).length;
    const carlos = (await measures(page, "gcl:monte-carlo")).length;
    const box = page.locator('#live-panel [name="gpuPrice"]');
    const values = [
      "410万～500万日元",
      "420万～500万日元",
      "430万～510万日元",
      "440万～520万日元",
      "450万～530万日元",
      "460万～540万日元",
      "470万～550万日元",
      "480万～560万日元",
    ];
    for (const [i, value] of values.entries()) {
      await box.fill(value);
      await waitForMeasures(page, "gcl:update", updates + i + 1);
      await waitForMeasures(page, "gcl:monte-carlo", carlos + i + 1);
    }
    const update = (await measures(page, "gcl:update")).slice(updates);
    const monteCarlo = (await measures(page, "gcl:monte-carlo")).slice(carlos);
    const line = (xs: number[]) =>
      `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms over ${xs.length} changes`;
    console.log(
      `    latency, a change to the findings, the headline and its four charts drawn: ${line(update)} (goal ≤ 50 ms)`,
    );
    console.log(
      `    latency, the 100,000-draw Monte Carlo asked to its two charts drawn: ${line(monteCarlo)} (goal ≤ 300 ms)`,
    );
    assert.equal(update.length, values.length);
  });

  it("made no network request: the page's own file, and the worker it makes from its own text (blob:)", () => {
    const own = pathToFileURL(indexHtml).href;
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(own) && !url.startsWith("blob:")),
      [],
    );
    assert.ok(
      requests.some((url) => url.startsWith("blob:")),
      "the worker started",
    );
    assert.deepEqual(problems, []);
  });

  it("works from a static web server too", async () => {
    const html = await readFile(indexHtml);
    const server: Server = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    let served: Page | undefined;
    try {
      served = await (await sharedBrowser()).newPage({ viewport: { width: 1400, height: 1200 } });
      const seen: string[] = [];
      served.on("request", (r) => seen.push(r.url()));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
      await served.goto(`${base}#gpuCount=2048`);
      await waitForHeadline(served, { gpuCount: 2048 });
      assert.deepEqual(
        seen.filter((url) => !url.startsWith(base) && !url.startsWith("blob:")),
        [],
      );
    } finally {
      await served?.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("without JavaScript it is the static report: the run's headline, no panel, the notebooks' SVG charts", async () => {
    const context = await (
      await sharedBrowser()
    ).newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 1200 } });
    const still = await context.newPage();
    try {
      await still.goto(pathToFileURL(indexHtml).href);
      assert.deepEqual(await shownHeadline(still), expectedHeadline({}));
      assert.equal(await still.locator("#live-panel").isVisible(), false);
      assert.equal(await still.locator("#live-charts").isVisible(), false);
      assert.ok((await still.locator("section.notebook svg.marks").count()) > 0);
      await still.screenshot({ path: join(ensureResultsDir(), "live-report-no-js.png") });
    } finally {
      await context.close();
    }
  });
});

/**
 * The page's engine and Node's are both V8, but of different versions, whose `Math.pow` may round
 * the last bit differently (valued at training start, price × 10^(−ooms × years): 3041911.795165115
 * in Chromium, …114 in Node). Figures agree to 1e-12 of their size; everything else exactly.
 */
function assertClose(actual: number, expected: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(expected), 1),
    `${what}: ${actual} in the page, ${expected} in the library`,
  );
}

function assertSameCsv(actual: string, expected: string): void {
  const rows = (text: string) =>
    text
      .trimEnd()
      .split("\n")
      .map((line) => {
        const split = splitCsvLine(line);
        assert.ok(split.ok, line);
        return split.fields;
      });
  const [got, want] = [rows(actual), rows(expected)];
  const numeric = /^-?[0-9][0-9.]*(e[+-]?[0-9]+)?$/;
  assert.deepEqual(
    got.map((r) => r.length),
    want.map((r) => r.length),
    "rows and fields",
  );
  got.forEach((r, i) =>
    r.forEach((f, j) => {
      const expected = want[i]![j]!;
      if (numeric.test(f) && numeric.test(expected))
        assertClose(Number(f), Number(expected), `${want[i]![0]} ${want[0]![j]}`);
      else assert.equal(f, expected, `${want[i]![0]} ${want[0]![j]}`);
    }),
  );
}
